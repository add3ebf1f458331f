package org.ippc.ecommerce.registry.requirement;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.ippc.ecommerce.platform.TransactionLocks;
import org.ippc.ecommerce.registry.product.HighRiskProduct;
import org.ippc.ecommerce.registry.product.ProductStatus;

@ApplicationScoped
public class RequirementRepository implements PanacheRepository<ImportRequirement> {

    /** A row of {@link #ofCountry}: a requirement and its product. */
    record RequirementWithProduct(ImportRequirement requirement, HighRiskProduct product) {}

    public List<ImportRequirement> of(long productId, String country) {
        return list(
                "productId = ?1 and (?2 is null or countryCode = ?2) order by countryCode, effectiveFrom",
                productId,
                country);
    }

    /** A country's requirements for a product: what a screened item, bound for the country, asks for. */
    public record CountryProduct(String countryCode, long productId) {}

    /**
     * The requirements in force on a date for each of these countries' products, in one query, read only: a
     * screening reads them and changes none. Only the pairs asked are read; every country of a batch with every
     * product found in it had been thousands of rows a screening, each a managed entity whose JSON Hibernate parsed
     * and copied. The pairs travel as two joined strings, zipped by {@code unnest}: an {@code in} list of each batch's
     * length would be translated from HQL to SQL again for every screening.
     */
    @SuppressWarnings("unchecked")
    public List<ImportRequirement> inForce(Collection<CountryProduct> wanted, LocalDate date) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery("""
                        select r.* from import_requirement r
                          join unnest(string_to_array(:countries, ','),
                                      cast(string_to_array(:products, ',') as bigint[])) as wanted(country, product)
                            on r.country_code = wanted.country and r.product_id = wanted.product
                         where r.effective_from <= :date and (r.effective_to is null or r.effective_to > :date)""", ImportRequirement.class)
                .setParameter(
                        "countries",
                        wanted.stream().map(CountryProduct::countryCode).collect(Collectors.joining(",")))
                .setParameter(
                        "products",
                        wanted.stream()
                                .map(pair -> String.valueOf(pair.productId()))
                                .collect(Collectors.joining(",")))
                .setParameter("date", date)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /**
     * Waits until no other transaction is setting or correcting the product's requirements in the country: the
     * database cannot keep two requirements for named origins from overlapping, so the service checks under this.
     */
    public void lockOrigins(long productId, String country) {
        TransactionLocks.holdUntilCommit(getEntityManager(), "import-requirement:" + productId + ":" + country);
    }

    /** The requirements of the product and country that start on the day, for whatever origins. */
    public List<ImportRequirement> startingOn(long productId, String country, LocalDate from) {
        return list("productId = ?1 and countryCode = ?2 and effectiveFrom = ?3", productId, country, from);
    }

    /** The requirements of the product and country whose period overlaps [from, to). */
    public List<ImportRequirement> overlapping(long productId, String country, LocalDate from, LocalDate to) {
        return list(
                "productId = ?1 and countryCode = ?2 and (effectiveTo is null or effectiveTo > ?3)"
                        + " and (cast(?4 as date) is null or effectiveFrom < ?4) order by effectiveFrom",
                productId,
                country,
                from,
                to);
    }

    /**
     * The country's requirements in force on the date for products on the list, of one status when given (for every
     * origin and for named ones), in product order then requirement order, after the given requirement, each with
     * its product.
     */
    List<RequirementWithProduct> ofCountry(
            String country, LocalDate date, RequirementStatus status, long afterId, int limit) {
        return getEntityManager()
                .createQuery(
                        "select r, p from ImportRequirement r, HighRiskProduct p where p.id = r.productId"
                                + " and p.status = :listed and r.countryCode = :country and r.effectiveFrom <= :date"
                                + " and (r.effectiveTo is null or r.effectiveTo > :date)"
                                + " and (:status is null or r.status = :status)"
                                + " and (:after = 0 or r.productId > (select a.productId from ImportRequirement a"
                                + " where a.id = :after) or (r.productId = (select a.productId from"
                                + " ImportRequirement a where a.id = :after) and r.id > :after))"
                                + " order by r.productId, r.id",
                        RequirementWithProduct.class)
                .setParameter("listed", ProductStatus.LISTED)
                .setParameter("country", country)
                .setParameter("date", date)
                .setParameter("status", status)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }
}
