package org.ippc.ecommerce.platform;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body larger than the API accepts with a 413 problem, before reading it. The HTTP
 * server's own limit (quarkus.http.limits.max-body-size) stays above this one: past it, the server
 * closes the connection with a bare 413.
 */
class BodySizeLimit {
    private static final MediaType CSV = new MediaType("text", "csv");

    private final long maxBytes;
    private final long maxCsvBytes;

    BodySizeLimit(
            @ConfigProperty(name = "ippc.api.max-body-size", defaultValue = "1M") MemorySize max,
            @ConfigProperty(name = "ippc.api.max-csv-size", defaultValue = "1M") MemorySize maxCsv) {
        this.maxBytes = max.asLongValue();
        this.maxCsvBytes = maxCsv.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    void refuseLargeBodies(ContainerRequestContext request) {
        boolean csv = request.getMediaType() != null && request.getMediaType().isCompatible(CSV);
        long maxBytes = csv ? maxCsvBytes : this.maxBytes;
        if (request.getLength() > maxBytes) {
            throw HttpProblem.builder()
                    .withStatus(413)
                    .withTitle("Content Too Large")
                    .withDetail("The request body has %d bytes; this API accepts at most %d."
                            .formatted(request.getLength(), maxBytes))
                    .build();
        }
    }
}
