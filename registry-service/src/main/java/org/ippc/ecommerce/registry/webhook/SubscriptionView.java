package org.ippc.ecommerce.registry.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscription", description = "A subscription and where its delivery stands.")
public record SubscriptionView(
        long id,
        String url,
        List<String> types,

        @Schema(nullable = true, description = "the signing secret (whsec_...), given once, when it is created")
        String secret,

        @Schema(description = "the feed position up to which every change was delivered or dead-lettered")
        long deliveredThrough,

        @Schema(description = "failed attempts at the next change")
        int attempts,

        @Schema(nullable = true) Instant nextAttemptAt,
        @Schema(nullable = true) String lastError) {

    static SubscriptionView of(WebhookSubscription s, boolean withSecret) {
        return new SubscriptionView(
                s.id,
                s.url,
                List.copyOf(s.types),
                withSecret ? s.secret : null,
                s.deliveredThrough,
                s.attempts,
                s.nextAttemptAt,
                s.lastError);
    }
}
