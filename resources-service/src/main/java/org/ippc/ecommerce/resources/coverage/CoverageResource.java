package org.ippc.ecommerce.resources.coverage;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/coverage")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class CoverageResource {
    private final CoverageService coverage;

    CoverageResource(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @Operation(
            summary = "Published resources by topic × language × region, next to the network's open gaps (public)",
            description = "Still answers when network-service is down, with `gapsAvailable: false`.")
    public CoverageView coverage() {
        return coverage.coverage();
    }
}
