package org.ippc.ecommerce.registry.screening;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.ippc.ecommerce.registry.product.ProductsChanged;
import org.jboss.logging.Logger;

/**
 * The term matcher of the current product list: compiled at start-up and again after every
 * committed change to the list, then swapped in whole, so screenings never see half a list.
 */
@ApplicationScoped
public class ProductMatcher {
    private static final Logger LOG = Logger.getLogger(ProductMatcher.class);

    private final EntityManager entityManager;
    private final AtomicReference<TermMatcher> current = new AtomicReference<>(new TermMatcher(List.of()));

    ProductMatcher(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public TermMatcher current() {
        return current.get();
    }

    void onStart(@Observes StartupEvent event) {
        rebuild();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductsChanged change) {
        rebuild();
    }

    // One rebuild at a time: two changes committed together would otherwise race, and the rebuild that read the
    // list first could be swapped in last, hiding the later change until the next one.
    private synchronized void rebuild() {
        List<TermMatcher.Term> terms = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select t.product.id, t.language, t.term from SearchTerm t order by t.id", Object[].class)
                .getResultStream()
                .map(row -> new TermMatcher.Term((Long) row[0], (String) row[1], (String) row[2]))
                .toList());
        current.set(new TermMatcher(terms));
        LOG.infof("Compiled %d search terms for screening", terms.size());
    }
}
