package org.ippc.ecommerce.resources.network;

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
 * Tells whether network-service answers, without ever making resources-service unready: the catalogue and
 * the landing page need nothing from the network, so its outage must not take them out of service too.
 */
@Readiness
@ApplicationScoped
public class NetworkServiceReadiness implements HealthCheck {
    private final HttpClient http;
    private final URI providerReadiness;
    private final Duration timeout;

    NetworkServiceReadiness(
            @ConfigProperty(name = "quarkus.rest-client.network.url") URI network,
            @ConfigProperty(name = "ippc.network.health-timeout", defaultValue = "PT0.5S") Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.providerReadiness = network.resolve("/q/health/ready");
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        int status = providerStatus();
        boolean answering = status == 200;
        var response = HealthCheckResponse.named("network-service")
                .up()
                .withData("url", providerReadiness.toString())
                .withData("answering", answering);
        if (!answering) {
            response.withData(
                            "degraded",
                            "reviewer assignment and gap checks answer 503; the catalogue answers, coverage without gaps")
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
