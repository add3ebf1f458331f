package org.ippc.ecommerce.resources.network;

import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.ippc.ecommerce.platform.ProviderReadiness;

/** Whether network-service answers: the catalogue and the landing page need nothing from it, so its outage leaves this service ready. */
@Readiness
@Singleton
public class NetworkServiceReadiness extends ProviderReadiness {

    NetworkServiceReadiness(
            Vertx vertx,
            @ConfigProperty(name = "quarkus.rest-client.network.url") URI url,
            @ConfigProperty(name = "ippc.network.health-timeout", defaultValue = "PT0.5S") Duration timeout) {
        super(
                vertx,
                "network-service",
                url,
                timeout,
                "reviewer assignment and gap checks answer 503; the catalogue answers, coverage without gaps");
    }
}
