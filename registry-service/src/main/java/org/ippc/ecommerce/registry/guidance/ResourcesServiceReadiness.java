package org.ippc.ecommerce.registry.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Tells whether resources-service answers, without ever making registry-service unready: screening works
 * without guidance links, so an outage of the catalogue must not take the registry out of service too.
 */
@Readiness
@ApplicationScoped
public class ResourcesServiceReadiness implements HealthCheck {
    private final HttpClient http;
    private final URI providerReadiness;
    private final Duration timeout;

    ResourcesServiceReadiness(
            @ConfigProperty(name = "quarkus.rest-client.resources.url") URI resources,
            @ConfigProperty(name = "ippc.guidance.health-timeout", defaultValue = "PT0.5S") Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.providerReadiness = resources.resolve("/q/health/ready");
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        int status = providerStatus();
        boolean answering = status == 200;
        var response = HealthCheckResponse.named("resources-service")
                .up()
                .withData("url", providerReadiness.toString())
                .withData("answering", answering);
        if (!answering) {
            response.withData("degraded", "screening answers without guidance links (guidanceAvailable: false)")
                    .withData("providerStatus", status == 0 ? "unreachable" : String.valueOf(status));
        }
        return response.build();
    }

    private int providerStatus() {
        HttpRequest request =
                HttpRequest.newBuilder(providerReadiness).timeout(timeout).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
