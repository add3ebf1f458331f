package org.ippc.ecommerce.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Limits how fast one client calls an operation marked {@code @Operation(extensions = @Extension(name =
 * OpenApiConventions.RATE_LIMIT, value = "<group>"))}: the mark documents the limit and sets it. A client is the
 * token's subject and organization, or the source address of an anonymous call. Over its limit a client gets a 429
 * problem with {@code Retry-After}; every answer of a limited operation says the policy and what is left
 * ({@code RateLimit-Policy}, {@code RateLimit}, IETF httpapi draft).
 *
 * <p>The limits hold per replica: a client's calls are counted where they land, in memory, so that no call pays a
 * database round trip to be counted. With {@code n} replicas a client may make up to {@code n} times the limit;
 * set the limits for one replica. {@code ippc.rate-limits.enabled=false} turns the limiter off, for a deployment whose
 * gateway limits the calls instead.
 */
@Singleton
public class RateLimiter {
    private static final String PROBE = RateLimiter.class.getName() + ".probe";

    /** A group of operations with its limit, and the policy every answer of them states (written once). */
    private record Group(String name, RateLimits.Limit limit, String policy) {
        Group(String name, RateLimits.Limit limit) {
            this(
                    name,
                    limit,
                    "\"" + name + "\";q=" + limit.requests() + ";w="
                            + limit.per().toSeconds());
        }
    }

    private record Counted(Group group, ConsumptionProbe probe) {}

    private final boolean enabled;
    private final RateLimits limits;
    private final Caller caller;
    private final MeterRegistry meters;
    private final Map<Method, Optional<Group>> groups = new ConcurrentHashMap<>();
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    RateLimiter(
            @ConfigProperty(name = "ippc.rate-limits.enabled", defaultValue = "true") boolean enabled,
            RateLimits limits,
            Caller caller,
            MeterRegistry meters) {
        this.enabled = enabled;
        this.limits = limits;
        this.caller = caller;
        this.meters = meters;
    }

    @ServerRequestFilter
    public void count(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        Method method = resource.getResourceMethod();
        if (!enabled || method == null) {
            return;
        }
        Optional<Group> limited =
                groups.computeIfAbsent(method, m -> groupOf(m).map(name -> new Group(name, limits.of(name))));
        if (limited.isEmpty()) {
            return;
        }
        Group group = limited.get();
        RateLimits.Limit limit = group.limit();
        Bucket bucket = buckets.get(group.name() + "\n" + client(http), key -> bucketFor(limit));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        Counted counted = new Counted(group, probe);
        if (!probe.isConsumed()) {
            meters.counter("ippc.rate_limit.refusals", "group", group.name()).increment();
            long retryAfter = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw HttpProblem.builder()
                    .withStatus(429)
                    .withTitle("Too Many Requests")
                    .withDetail("More than %d calls in %s to these operations (%s); try again in %d s."
                            .formatted(limit.requests(), limit.per(), group.name(), retryAfter))
                    .withHeader("Retry-After", retryAfter)
                    .withHeader("RateLimit-Policy", group.policy())
                    .withHeader("RateLimit", remaining(counted, retryAfter))
                    .build();
        }
        request.setProperty(PROBE, counted);
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROBE) instanceof Counted counted) {
            long reset = Math.max(
                    0,
                    Duration.ofNanos(counted.probe().getNanosToWaitForReset()).toSeconds());
            response.getHeaders().putSingle("RateLimit-Policy", counted.group().policy());
            response.getHeaders().putSingle("RateLimit", remaining(counted, reset));
        }
    }

    private static String remaining(Counted counted, long resetSeconds) {
        return "\"" + counted.group().name() + "\";r=" + counted.probe().getRemainingTokens() + ";t=" + resetSeconds;
    }

    private String client(HttpServerRequest http) {
        if (!caller.role().equals("public")) {
            return "token:" + caller.name() + "\n" + caller.org().orElse("");
        }
        return "address:"
                + (http.remoteAddress() == null
                        ? "unknown"
                        : http.remoteAddress().hostAddress());
    }

    private static Bucket bucketFor(RateLimits.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.per())
                        .build())
                .build();
    }

    private static Optional<String> groupOf(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        if (operation == null) {
            return Optional.empty();
        }
        return Arrays.stream(operation.extensions())
                .filter(extension -> extension.name().equals(OpenApiConventions.RATE_LIMIT))
                .map(Extension::value)
                .findFirst();
    }
}
