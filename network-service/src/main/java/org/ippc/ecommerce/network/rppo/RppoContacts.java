package org.ippc.ecommerce.network.rppo;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class RppoContacts implements PanacheRepository<RppoContact> {

    public Optional<RppoContact> of(String acronym) {
        return find("rppoAcronym", acronym).firstResultOptional();
    }
}
