package org.ippc.ecommerce.registry.screening;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.ippc.ecommerce.registry.product.ProductsChanged;
import org.jboss.logging.Logger;

/**
 * The term matcher of the current product list: compiled at start-up, again after every change this
 * replica commits, and again when the list's revision shows that another replica changed it (checked
 * every {@code ippc.screening.product-list-check}); each time swapped in whole, so screenings never see
 * half a list.
 */
@ApplicationScoped
public class ProductMatcher {
    private static final Logger LOG = Logger.getLogger(ProductMatcher.class);

    /** A matcher and the revision of the list it was compiled from. */
    private record Compiled(long revision, TermMatcher matcher) {}

    private final EntityManager entityManager;
    private final AtomicReference<Compiled> current =
            new AtomicReference<>(new Compiled(-1, new TermMatcher(List.of())));

    ProductMatcher(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public TermMatcher current() {
        return current.get().matcher();
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
        Compiled compiled = QuarkusTransaction.requiringNew().call(() -> {
            // The revision is read first: a change committed in between is then newer than it, and caught up with.
            long revision = revision();
            // SQL, not HQL: at start-up this was the first HQL query, and parsing it took a cold JVM some 200 ms.
            List<TermMatcher.Term> terms = ((Stream<?>) entityManager
                            .createNativeQuery("select t.product_id, t.language, t.term from search_term t"
                                    + " join high_risk_product p on p.id = t.product_id where p.status = 'listed'"
                                    + " order by t.id")
                            .getResultStream())
                    .map(Object[].class::cast)
                    .map(row -> new TermMatcher.Term(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                    .toList();
            Compiled matcher = new Compiled(revision, new TermMatcher(terms));
            LOG.infof("Compiled %d search terms of product list revision %d for screening", terms.size(), revision);
            return matcher;
        });
        current.set(compiled);
    }

    private long revision() {
        return ((Number) entityManager
                        .createNativeQuery("select revision from product_list_revision where id = 1")
                        .getSingleResult())
                .longValue();
    }
}
