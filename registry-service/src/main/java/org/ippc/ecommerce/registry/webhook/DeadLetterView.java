package org.ippc.ecommerce.registry.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.registry.change.ChangeView;

@Schema(name = "WebhookDeadLetter", description = "A change every attempt failed to deliver.")
public record DeadLetterView(
        int attempts, @Schema(nullable = true) String lastError, Instant deadAt, ChangeView change) {}
