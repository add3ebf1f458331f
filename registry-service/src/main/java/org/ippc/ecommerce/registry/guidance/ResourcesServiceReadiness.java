package org.ippc.ecommerce.registry.guidance;

import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.ippc.ecommerce.platform.ProviderReadiness;

/** Whether resources-service answers: screening works without guidance links, so its outage leaves the registry ready. */
@Readiness
@Singleton
public class ResourcesServiceReadiness extends ProviderReadiness {

    ResourcesServiceReadiness(
            Vertx vertx,
            @ConfigProperty(name = "quarkus.rest-client.resources.url") URI url,
            @ConfigProperty(name = "ippc.guidance.health-timeout", defaultValue = "PT0.5S") Duration timeout) {
        super(
                vertx,
                "resources-service",
                url,
                timeout,
                "screening answers without guidance links (guidanceAvailable: false)");
    }
}
