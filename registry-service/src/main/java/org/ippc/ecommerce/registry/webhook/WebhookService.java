package org.ippc.ecommerce.registry.webhook;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.registry.change.ChangeFeed;
import org.ippc.ecommerce.registry.change.ChangeView;

/** An organization's webhook subscriptions: created from the feed's end, read, deleted, their dead letters replayed. */
@ApplicationScoped
public class WebhookService {
    private final WebhookRepository subscriptions;
    private final ChangeFeed feed;
    private final WebhookSender sender;
    private final Caller caller;
    private final Clock clock;

    WebhookService(WebhookRepository subscriptions, ChangeFeed feed, WebhookSender sender, Caller caller, Clock clock) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.sender = sender;
        this.caller = caller;
        this.clock = clock;
    }

    /** Subscribes the caller's organization to the changes from now on (earlier ones are in GET /v1/changes). */
    public SubscriptionView subscribe(NewSubscription request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription subscription = new WebhookSubscription();
            subscription.org = caller.requiredOrg();
            subscription.url = request.url().strip();
            subscription.secret = WebhookSignature.newSecret();
            subscription.types = request.types().stream().distinct().toList();
            subscription.deliveredThrough = feed.end();
            subscription.createdAt = clock.instant();
            subscriptions.persist(subscription);
            return SubscriptionView.of(subscription, true);
        });
    }

    public List<SubscriptionView> list() {
        return QuarkusTransaction.requiringNew().call(() -> subscriptions.ofOrg(caller.requiredOrg()).stream()
                .map(s -> SubscriptionView.of(s, false))
                .toList());
    }

    public SubscriptionView read(long id) {
        return QuarkusTransaction.requiringNew().call(() -> SubscriptionView.of(own(id), false));
    }

    public void delete(long id) {
        QuarkusTransaction.requiringNew().run(() -> subscriptions.delete(own(id)));
    }

    public List<DeadLetterView> deadLetters(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            own(id);
            return subscriptions.deadLetters(id).stream()
                    .map(dead -> new DeadLetterView(
                            dead.attempts,
                            dead.lastError,
                            dead.deadAt,
                            feed.at(dead.position).orElseThrow()))
                    .toList();
        });
    }

    /** Sends a dead letter again now; delivered, it leaves the list, else a 502 says why. */
    public void replay(long id, long position) {
        record Replay(WebhookSender.Receiver receiver, ChangeView change) {}
        Replay replay = QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription subscription = own(id);
            Optional.ofNullable(
                            subscriptions.getEntityManager().find(DeadLetter.class, new DeadLetter.Key(id, position)))
                    .orElseThrow(() -> Problems.notFound(
                            "Subscription %d has no dead letter at position %d.".formatted(id, position)));
            return new Replay(
                    new WebhookSender.Receiver(subscription.url, subscription.secret),
                    feed.at(position).orElseThrow());
        });
        Optional<String> failure = sender.send(replay.receiver(), replay.change());
        if (failure.isPresent()) {
            throw HttpProblem.builder()
                    .withStatus(502)
                    .withTitle("Not delivered")
                    .withDetail("The change was not delivered: %s. It stays in the dead-letter list."
                            .formatted(failure.get()))
                    .build();
        }
        QuarkusTransaction.requiringNew().run(() -> subscriptions
                .getEntityManager()
                .createQuery("delete from DeadLetter d where d.subscriptionId = ?1 and d.position = ?2")
                .setParameter(1, id)
                .setParameter(2, position)
                .executeUpdate());
    }

    private WebhookSubscription own(long id) {
        WebhookSubscription subscription = subscriptions.findById(id);
        if (subscription == null) {
            throw Problems.notFound("There is no webhook subscription %d.".formatted(id));
        }
        if (!subscription.org.equals(caller.requiredOrg())) {
            throw Problems.forbidden("Subscription %d belongs to another organization.".formatted(id));
        }
        return subscription;
    }
}
