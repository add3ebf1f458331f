package org.ippc.ecommerce.registry.product;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProductRepository implements PanacheRepository<HighRiskProduct> {

    public Optional<HighRiskProduct> findByName(String name) {
        return find("lower(name) = lower(?1)", name).firstResultOptional();
    }

    /** One page of the products of a status in id order after the given id (keyset pagination); a null class matches all. */
    public List<HighRiskProduct> page(ProductStatus status, String commodityClass, long afterId, int limit) {
        return find(
                        "id > :after and status = :status and (:class is null or commodityClass = :class) order by id",
                        Parameters.with("after", afterId).and("status", status).and("class", commodityClass))
                .page(0, limit)
                .list();
    }
}
