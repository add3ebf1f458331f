package org.ippc.ecommerce.registry.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.ippc.ecommerce.registry.product.HsCode;
import org.ippc.ecommerce.registry.product.ProductsChanged;
import org.jboss.logging.Logger;

/**
 * The listing recognizer of the current product list (its search terms, taxa and EPPO codes, with the
 * vocabulary of the classes) and the listed products' names and HS codes: compiled at start-up, again after every change this replica commits, and again
 * when the list's revision shows that another replica changed it (checked every
 * {@code ippc.screening.product-list-check}); each time swapped in whole, so screenings never see half a list.
 */
@ApplicationScoped
public class ProductMatcher {
    private static final Logger LOG = Logger.getLogger(ProductMatcher.class);

    /** What a screening reads of one revision of the list: its recognizer and its listed products. */
    public record Snapshot(long revision, ListingRecognizer recognizer, ListedProducts products) {}

    /** A row of {@link #PRODUCT_NAMES}: a name of a product; kind and position only order them. */
    record ProductNameRow(
            Long productId, String commodityClass, String language, String name, Integer kind, Long position) {}

    /** The names a listed product is recognised by: its search terms, then its taxa and their EPPO codes. */
    private static final String PRODUCT_NAMES = """
            select p.id, p.commodity_class, t.language, t.term, 0 as kind, t.id as position
              from search_term t join high_risk_product p on p.id = t.product_id where p.status = 'listed'
            union all
            select p.id, p.commodity_class, 'la', x.taxon ->> 'scientificName', 1, x.position
              from high_risk_product p, jsonb_array_elements(p.taxa) with ordinality as x(taxon, position)
             where p.status = 'listed'
            union all
            select p.id, p.commodity_class, 'eppo', x.taxon ->> 'eppoCode', 2, x.position
              from high_risk_product p, jsonb_array_elements(p.taxa) with ordinality as x(taxon, position)
             where p.status = 'listed' and x.taxon ->> 'eppoCode' is not null
            order by 1, 5, 6
            """;

    /** A row of {@link #LISTED_PRODUCTS}, its JSON columns as text. */
    record ListedProductRow(Long id, String commodityClass, String name, String translatedNames, String hsCodes) {}

    private static final String LISTED_PRODUCTS = """
            select id, commodity_class, name, translated_names::text, hs_codes::text
              from high_risk_product where status = 'listed'
            """;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final ScreeningVocabulary vocabulary;
    private final AtomicReference<Snapshot> current;

    ProductMatcher(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
        this.vocabulary = ScreeningVocabulary.load(json);
        this.current = new AtomicReference<>(
                new Snapshot(-1, new ListingRecognizer(List.of(), vocabulary), new ListedProducts(List.of())));
    }

    public Snapshot current() {
        return current.get();
    }

    void onStart(@Observes StartupEvent event) {
        rebuild();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductsChanged change) {
        rebuild();
    }

    @Scheduled(
            every = "${ippc.screening.product-list-check}",
            delayed = "${ippc.screening.product-list-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        if (QuarkusTransaction.requiringNew().call(this::revision)
                != current.get().revision()) {
            rebuild();
        }
    }

    // One rebuild at a time: two changes committed together would otherwise race, and the rebuild that read the
    // list first could be swapped in last, hiding the later change until the next one.
    private synchronized void rebuild() {
        Snapshot compiled = QuarkusTransaction.requiringNew().call(() -> {
            // The revision is read first: a change committed in between is then newer than it, and caught up with.
            long revision = revision();
            // SQL, not HQL: at start-up this was the first HQL query, and parsing it took a cold JVM some 200 ms.
            List<ListingRecognizer.ProductName> names = ((Stream<?>) entityManager
                            .createNativeQuery(PRODUCT_NAMES, ProductNameRow.class)
                            .getResultStream())
                    .map(ProductNameRow.class::cast)
                    .map(row -> new ListingRecognizer.ProductName(
                            row.productId(), row.commodityClass(), row.language(), row.name()))
                    .toList();
            Snapshot snapshot =
                    new Snapshot(revision, new ListingRecognizer(names, vocabulary), new ListedProducts(listed()));
            LOG.infof("Compiled %d product names of product list revision %d for screening", names.size(), revision);
            return snapshot;
        });
        current.set(compiled);
    }

    private List<ListedProducts.ListedProduct> listed() {
        return ((Stream<?>) entityManager
                        .createNativeQuery(LISTED_PRODUCTS, ListedProductRow.class)
                        .getResultStream())
                .map(ListedProductRow.class::cast)
                .map(row -> new ListedProducts.ListedProduct(
                        row.id(),
                        row.commodityClass(),
                        row.name(),
                        read(row.translatedNames(), new TypeReference<Map<String, String>>() {}),
                        read(row.hsCodes(), new TypeReference<List<HsCode>>() {}).stream()
                                .map(code -> ListedProducts.withoutDots(code.code()))
                                .toList()))
                .toList();
    }

    private <T> T read(String column, TypeReference<T> type) {
        try {
            return json.readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A listed product's JSON column cannot be read", e);
        }
    }

    private long revision() {
        return ((Number) entityManager
                        .createNativeQuery("select revision from product_list_revision where id = 1")
                        .getSingleResult())
                .longValue();
    }
}
