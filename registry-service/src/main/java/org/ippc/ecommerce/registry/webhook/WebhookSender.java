package org.ippc.ecommerce.registry.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ippc.ecommerce.registry.change.ChangeView;

/**
 * Posts one change to a subscriber, signed as Standard Webhooks says: {@code webhook-id} (the same for every attempt
 * at one change), {@code webhook-timestamp} and {@code webhook-signature}; the body is {@code type}, {@code
 * timestamp} and {@code data} (the change's position, its subject's id and what the feed says of it).
 */
@ApplicationScoped
class WebhookSender {
    private static final int MAX_ERROR = 1000;

    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookSender(@ConfigProperty(name = "ippc.webhooks.timeout") Duration timeout, ObjectMapper json, Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.json = json;
        this.clock = clock;
    }

    /** A subscriber's address and secret, read in a transaction and used outside it. */
    record Receiver(String url, String secret) {}

    /** Empty when the receiver took the change (a 2xx), else why it did not. */
    Optional<String> send(Receiver receiver, ChangeView change) {
        String id = "chg_" + change.position();
        long timestamp = clock.instant().getEpochSecond();
        String body = body(change);
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSignature.sign(receiver.secret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? Optional.empty() : Optional.of("the receiver answered HTTP " + status);
        } catch (IOException | IllegalArgumentException failed) {
            return Optional.of(truncated(failed.getClass().getSimpleName() + ": " + failed.getMessage()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private String body(ChangeView change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("position", change.position());
        data.put("subjectId", change.subjectId());
        data.putAll(change.data());
        try {
            return json.writeValueAsString(Map.of("type", change.type(), "timestamp", change.at(), "data", data));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String truncated(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
