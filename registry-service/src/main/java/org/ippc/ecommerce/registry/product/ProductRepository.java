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

    /**
     * The listed products with an HS code that the given code falls under, or that falls under it
     * (1209.91.80 finds 1209 and 1209.91; 12 finds 1209), dots ignored.
     */
    @SuppressWarnings("unchecked")
    public List<Long> idsByHsCode(String code) {
        return getEntityManager()
                .createNativeQuery("""
                        select p.id from high_risk_product p
                        where p.status = 'listed' and exists (select 1 from jsonb_array_elements(p.hs_codes) h
                                      where replace(:code, '.', '') like replace(h ->> 'code', '.', '') || '%'
                                         or replace(h ->> 'code', '.', '') like replace(:code, '.', '') || '%')
                        order by p.id""")
                .setParameter("code", code)
                .getResultList();
    }
}
