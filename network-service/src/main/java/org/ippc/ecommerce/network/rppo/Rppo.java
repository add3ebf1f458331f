package org.ippc.ecommerce.network.rppo;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/** A Regional Plant Protection Organization (reference data shipped by migration). */
@Entity
public class Rppo {
    @Id
    public String acronym;

    public String name;
    public String seat;
    public String website;

    @ElementCollection
    @CollectionTable(name = "rppo_member", joinColumns = @JoinColumn(name = "rppo_acronym"))
    @OrderBy("countryCode")
    public List<RppoMembership> members = new ArrayList<>();
}
