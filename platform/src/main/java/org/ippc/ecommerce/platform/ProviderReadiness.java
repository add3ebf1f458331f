package org.ippc.ecommerce.platform;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Tells whether a service this one calls answers, without ever making this one unready: each service
 * keeps working, degraded, when a provider is down, so the provider's outage must not take it out of
 * service too. A service names the provider in a {@code @Readiness} bean that extends this. It asks
 * through Vert.x, which the service already runs: the JDK's HTTP client, set up on the first probe,
 * delayed the service's first readiness by 0.1 to 0.25 s.
 */
public abstract class ProviderReadiness implements AsyncHealthCheck {
    private static final int UNREACHABLE = 0;

    private final String provider;
    private final String degraded;
    private final HttpClient http;
    private final URI providerReadiness;
    private final Duration timeout;

    /** {@code degraded}: what the service does without the provider, told while it does not answer. */
    protected ProviderReadiness(Vertx vertx, String provider, URI providerUrl, Duration timeout, String degraded) {
        this.provider = provider;
        this.degraded = degraded;
        // Probes are not traced: they come every few seconds and belong to no user's request.
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setTracingPolicy(TracingPolicy.IGNORE));
        this.providerReadiness = providerUrl.resolve("/q/health/ready");
        this.timeout = timeout;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return providerStatus().map(this::response);
    }

    private Uni<Integer> providerStatus() {
        // The idle timeout closes the connection to a provider that stalls; the deadline below bounds the probe.
        RequestOptions request = new RequestOptions()
                .setAbsoluteURI(providerReadiness.toString())
                .setIdleTimeout(timeout.toMillis());
        return http.request(request)
                .flatMap(HttpClientRequest::send)
                .flatMap(answer -> answer.body().replaceWith(answer.statusCode()))
                .ifNoItem()
                .after(timeout)
                .fail()
                .onFailure()
                .recoverWithItem(UNREACHABLE);
    }

    private HealthCheckResponse response(int status) {
        boolean answering = status == 200;
        var response = HealthCheckResponse.named(provider)
                .up()
                .withData("url", providerReadiness.toString())
                .withData("answering", answering);
        if (!answering) {
            response.withData("degraded", degraded)
                    .withData("providerStatus", status == UNREACHABLE ? "unreachable" : String.valueOf(status));
        }
        return response.build();
    }
}
