package org.ippc.ecommerce.network.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ippc.ecommerce.platform.LikePattern;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<Organization> {

    public Optional<Organization> findByNameInCountry(String name, String countryCode) {
        return find(
                        "lower(name) = lower(:name) and coalesce(countryCode, '--') = coalesce(:country, '--')",
                        Parameters.with("name", name).and("country", countryCode))
                .firstResultOptional();
    }

    /** One page in id order, after the given id (keyset pagination). */
    public List<Organization> page(OrganizationQuery query, long afterId, int limit) {
        return find(
                        """
                        id > :after
                        and (:name is null or lower(name) like :name)
                        and (:type is null or type = :type)
                        and (:country is null or countryCode = :country)
                        order by id""",
                        Parameters.with("after", afterId)
                                .and(
                                        "name",
                                        LikePattern.containing(
                                                query.name() == null
                                                        ? null
                                                        : query.name().toLowerCase()))
                                .and("type", query.type())
                                .and("country", query.country()))
                .page(0, limit)
                .list();
    }
}
