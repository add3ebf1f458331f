package org.ippc.ecommerce.registry.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ippc.ecommerce.platform.SingleReplicaJobs;
import org.ippc.ecommerce.registry.change.ChangeFeed;
import org.ippc.ecommerce.registry.change.ChangeView;

/**
 * Delivers each subscription's changes in feed order, on one replica at a time: a change is marked delivered only
 * after the receiver took it (so at least once, also across a restart); a failed one is tried again after a delay
 * that doubles each time, and after {@code ippc.webhooks.max-attempts} goes to the dead-letter list so that the
 * next can go. No transaction is open while a receiver is called.
 */
@ApplicationScoped
public class WebhookDispatcher {
    /** The most changes one subscription is sent in one round, so that one busy subscriber does not hold others. */
    private static final int PER_ROUND = 100;

    private final WebhookRepository subscriptions;
    private final ChangeFeed feed;
    private final WebhookSender sender;
    private final SingleReplicaJobs singleReplica;
    private final MeterRegistry meters;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstRetryAfter;
    private final Duration longestRetryAfter;

    WebhookDispatcher(
            WebhookRepository subscriptions,
            ChangeFeed feed,
            WebhookSender sender,
            SingleReplicaJobs singleReplica,
            MeterRegistry meters,
            Clock clock,
            @ConfigProperty(name = "ippc.webhooks.max-attempts") int maxAttempts,
            @ConfigProperty(name = "ippc.webhooks.first-retry-after") Duration firstRetryAfter,
            @ConfigProperty(name = "ippc.webhooks.longest-retry-after") Duration longestRetryAfter) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.sender = sender;
        this.singleReplica = singleReplica;
        this.meters = meters;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.firstRetryAfter = firstRetryAfter;
        this.longestRetryAfter = longestRetryAfter;
    }

    /** The next change of a subscription, and where to send it. */
    private record Due(WebhookSender.Receiver receiver, ChangeView change) {}

    @Scheduled(every = "${ippc.webhooks.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        singleReplica.runAlone("webhook-dispatch", this::dispatchAll);
    }

    void dispatchAll() {
        for (long id : QuarkusTransaction.requiringNew().call(subscriptions::allIds)) {
            for (int sent = 0; sent < PER_ROUND; sent++) {
                Optional<Due> due = QuarkusTransaction.requiringNew().call(() -> due(id));
                if (due.isEmpty()) {
                    break;
                }
                Optional<String> failure =
                        sender.send(due.get().receiver(), due.get().change());
                boolean goOn = QuarkusTransaction.requiringNew()
                        .call(() -> recorded(id, due.get().change().position(), failure));
                if (!goOn) {
                    break;
                }
            }
        }
    }

    private Optional<Due> due(long id) {
        WebhookSubscription subscription = subscriptions.findById(id);
        if (subscription == null
                || (subscription.nextAttemptAt != null && clock.instant().isBefore(subscription.nextAttemptAt))) {
            return Optional.empty();
        }
        List<ChangeView> next = feed.after(subscription.deliveredThrough, subscription.types, 1);
        return next.stream()
                .findFirst()
                .map(change -> new Due(new WebhookSender.Receiver(subscription.url, subscription.secret), change));
    }

    /** Records the attempt; whether the subscription's next change may be sent now. */
    private boolean recorded(long id, long position, Optional<String> failure) {
        WebhookSubscription subscription = subscriptions.findById(id);
        if (subscription == null) {
            return false; // deleted meanwhile
        }
        Instant now = clock.instant();
        if (failure.isEmpty()) {
            meters.counter("ippc.webhook.deliveries", "outcome", "delivered").increment();
            subscription.deliveredThrough = position;
            subscription.attempts = 0;
            subscription.nextAttemptAt = null;
            subscription.lastError = null;
            return true;
        }
        subscription.attempts++;
        subscription.lastError = failure.get();
        if (subscription.attempts < maxAttempts) {
            meters.counter("ippc.webhook.deliveries", "outcome", "failed").increment();
            subscription.nextAttemptAt = now.plus(retryAfter(subscription.attempts));
            return false;
        }
        meters.counter("ippc.webhook.deliveries", "outcome", "dead-lettered").increment();
        DeadLetter dead = new DeadLetter();
        dead.subscriptionId = id;
        dead.position = position;
        dead.attempts = subscription.attempts;
        dead.lastError = subscription.lastError;
        dead.deadAt = now;
        subscriptions.getEntityManager().persist(dead);
        subscription.deliveredThrough = position;
        subscription.attempts = 0;
        subscription.nextAttemptAt = null;
        return true;
    }

    /** The first retry after {@code first-retry-after}, each next after twice as long, never after longer than the longest. */
    private Duration retryAfter(int attempts) {
        Duration delay = firstRetryAfter.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(longestRetryAfter) > 0 ? longestRetryAfter : delay;
    }
}
