package org.ippc.ecommerce.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Creates that honour an {@code Idempotency-Key}: the same key with the same body to the same path
 * answers the first response again, without creating twice; the same key with another body or
 * path is a 422.
 */
@ApplicationScoped
public class IdempotentCreates {
    public static final String HEADER = "Idempotency-Key";

    private final IdempotentRequests requests;
    private final IdempotencyKeyExpiry expiry;
    private final ObjectMapper json;
    private final Caller caller;
    private final Clock clock;

    IdempotentCreates(
            IdempotentRequests requests, IdempotencyKeyExpiry expiry, ObjectMapper json, Caller caller, Clock clock) {
        this.requests = requests;
        this.expiry = expiry;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    private record Created(URI location, Object body) {}

    /**
     * Runs {@code create} once per key and caller, in one transaction with the record of its
     * answer: 201 with the created view, located at the request path plus the view's id.
     */
    @Transactional
    public <T, V> Response create(String key, T request, UriInfo uri, Function<T, V> create, ToLongFunction<V> idOf) {
        return create(key, request, uri.getAbsolutePathBuilder(), create, idOf);
    }

    /** As above, for a create whose records live at {@code collection} rather than at the request path. */
    @Transactional
    public <T, V> Response create(
            String key, T request, UriBuilder collection, Function<T, V> create, ToLongFunction<V> idOf) {
        Function<T, Created> created = body -> {
            V view = create.apply(body);
            return new Created(
                    collection
                            .clone()
                            .path(String.valueOf(idOf.applyAsLong(view)))
                            .build(),
                    view);
        };
        if (key == null) {
            return toResponse(created.apply(request));
        }
        if (key.isBlank() || key.length() > 200) {
            throw HttpProblem.builder()
                    .withStatus(Response.Status.BAD_REQUEST)
                    .withTitle("Invalid Idempotency-Key")
                    .withDetail("An Idempotency-Key has 1 to 200 characters.")
                    .build();
        }
        // The path is part of what was asked: the same body sent with the same key to another record's path
        // (a requirement of another product) is another request, not a retry.
        String hash = sha256(collection.build().getPath() + "\n" + write(request));
        // Requests sent at once with one key take turns until the first commits: each later one then finds its
        // answer and replays it, instead of creating again and failing on the key.
        TransactionLocks.holdUntilCommit(requests.getEntityManager(), caller.name() + "\n" + key);
        IdempotentRequest earlier = requests.findById(new IdempotentRequest.Key(key, caller.name()));
        if (earlier != null && expiry.expired(earlier)) {
            requests.delete(earlier);
            requests.flush();
            earlier = null;
        }
        if (earlier != null) {
            if (!earlier.requestHash.equals(hash)) {
                throw HttpProblem.builder()
                        .withStatus(422)
                        .withTitle("Idempotency-Key reused")
                        .withDetail(
                                "This Idempotency-Key was sent before with another body or to another path; use a new key.")
                        .build();
            }
            return Response.status(earlier.status)
                    .location(earlier.location == null ? null : URI.create(earlier.location))
                    .entity(earlier.response)
                    .type(MediaType.APPLICATION_JSON)
                    .build();
        }
        Created answer = created.apply(request);
        IdempotentRequest answered = new IdempotentRequest();
        answered.idempotencyKey = key;
        answered.caller = caller.name();
        answered.requestHash = hash;
        answered.status = (short) Response.Status.CREATED.getStatusCode();
        answered.location = answer.location().toString();
        answered.response = write(answer.body());
        answered.createdAt = Instant.now(clock);
        requests.persist(answered);
        return toResponse(answer);
    }

    private static Response toResponse(Created created) {
        return Response.created(created.location()).entity(created.body()).build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
