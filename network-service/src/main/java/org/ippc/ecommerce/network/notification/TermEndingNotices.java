package org.ippc.ecommerce.network.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.ippc.ecommerce.network.expert.ExpertRepository;
import org.ippc.ecommerce.platform.SingleReplicaJobs;

/** Tells each active expert, 60 days ahead, that their term ends; the outbox keeps it to once per term. */
@ApplicationScoped
public class TermEndingNotices {
    static final int DAYS_AHEAD = 60;

    private final ExpertRepository experts;
    private final NominationNotices notices;
    private final SingleReplicaJobs jobs;
    private final Clock clock;

    TermEndingNotices(ExpertRepository experts, NominationNotices notices, SingleReplicaJobs jobs, Clock clock) {
        this.experts = experts;
        this.notices = notices;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(every = "${ippc.mail.term-ending-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void announce() {
        jobs.runAlone("term-ending-notices", () -> {
            LocalDate today = LocalDate.now(clock);
            experts.activeWithTermEndingBetween(today, today.plusDays(DAYS_AHEAD))
                    .forEach(expert ->
                            notices.termEnding(expert.id, expert.email, expert.name, expert.languages, expert.termEnd));
        });
    }
}
