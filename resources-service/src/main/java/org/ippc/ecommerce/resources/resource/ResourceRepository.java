package org.ippc.ecommerce.resources.resource;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ResourceRepository implements PanacheRepository<ContributedResource> {

    public Optional<ContributedResource> findByOrgAndUrl(String org, String url) {
        return find("contributorOrg = ?1 and url = ?2", org, url).firstResultOptional();
    }
}
