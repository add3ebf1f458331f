package org.ippc.ecommerce.resources.review;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Counts the review's transitions once they are committed: {@code ippc_review_transitions_total{from,to}}. */
@ApplicationScoped
public class ReviewMetrics {
    private final MeterRegistry meters;

    ReviewMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResourceStatusChanged change) {
        meters.counter(
                        "ippc.review.transitions",
                        "from",
                        change.from().code(),
                        "to",
                        change.to().code())
                .increment();
    }
}
