package org.ippc.ecommerce.network.rppo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** The address an RPPO is written to, and the official language it reads. */
@Entity
public class RppoContact {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String rppoAcronym;
    public String email;
    public String language;
    public Instant updatedAt;
    public String updatedBy;

    @Version
    public long version;
}
