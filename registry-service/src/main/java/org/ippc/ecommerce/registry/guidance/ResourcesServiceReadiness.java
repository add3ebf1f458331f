package org.ippc.ecommerce.registry.guidance;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Tells whether resources-service answers, without ever making registry-service unready: screening works
 * without guidance links, so an outage of the catalogue must not take the registry out of service too.
 * It asks through Vert.x, which the service already runs: the JDK's HTTP client, set up on the first
 * probe, delayed the service's first readiness by 0.1 to 0.25 s.
 */
@Readiness
@ApplicationScoped
public class ResourcesServiceReadiness implements AsyncHealthCheck {
    private static final int UNREACHABLE = 0;

    private final HttpClient http;
    private final URI providerReadiness;
    private final Duration timeout;

    ResourcesServiceReadiness(
            Vertx vertx,
            @ConfigProperty(name = "quarkus.rest-client.resources.url") URI resources,
            @ConfigProperty(name = "ippc.guidance.health-timeout", defaultValue = "PT0.5S") Duration timeout) {
        // Probes are not traced: they come every few seconds and belong to no user's request.
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setTracingPolicy(TracingPolicy.IGNORE));
        this.providerReadiness = resources.resolve("/q/health/ready");
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
        var response = HealthCheckResponse.named("resources-service")
                .up()
                .withData("url", providerReadiness.toString())
                .withData("answering", answering);
        if (!answering) {
            response.withData("degraded", "screening answers without guidance links (guidanceAvailable: false)")
                    .withData("providerStatus", status == UNREACHABLE ? "unreachable" : String.valueOf(status));
        }
        return response.build();
    }
}
