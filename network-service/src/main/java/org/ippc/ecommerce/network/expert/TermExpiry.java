package org.ippc.ecommerce.network.expert;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.SingleReplicaJobs;

/** Experts whose term has ended become inactive without anyone acting (hourly, and at start-up; one replica). */
@ApplicationScoped
public class TermExpiry {
    private final ExpertRepository experts;
    private final History history;
    private final SingleReplicaJobs jobs;
    private final Clock clock;

    TermExpiry(ExpertRepository experts, History history, SingleReplicaJobs jobs, Clock clock) {
        this.experts = experts;
        this.jobs = jobs;
        this.history = history;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5s")
    void onSchedule() {
        jobs.runAlone("expert-term-expiry", this::deactivateEndedTerms);
    }

    /** Answers how many experts became inactive. */
    @Transactional
    public int deactivateEndedTerms() {
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (Expert expert : experts.activeWithTermEndedBy(today)) {
            ExpertView before = ExpertView.restrictedOf(expert);
            expert.status = ExpertStatus.INACTIVE;
            experts.flush();
            history.recordAs(
                    "network-service",
                    "system",
                    ExpertService.RECORD_TYPE,
                    expert.id,
                    "term-ended",
                    before,
                    ExpertView.restrictedOf(expert),
                    "The term ended on " + expert.termEnd + ".");
            count++;
        }
        return count;
    }
}
