package org.ippc.ecommerce.resources.coverage;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/coverage")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class CoverageResource {
    private static final String DEFAULT_DIMENSIONS = "topic,language,region";

    private final CoverageService coverage;

    CoverageResource(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @Operation(
            summary = "Published resources cell by cell, next to the network's unfilled gaps (public)",
            description = "Every combination of the chosen dimensions' codes, the empty ones included, with the gaps"
                    + " that fall in each. Still answers when network-service is down, with `gapsAvailable: false`.")
    public CoverageView coverage(
            @QueryParam("dimensions")
                    @Pattern(regexp = "[a-zA-Z]+(,[a-zA-Z]+){0,2}")
                    @Parameter(
                            description =
                                    "one to three of topic, language, region, commodityClass; topic,language,region"
                                            + " when absent")
                    String dimensions) {
        return coverage.coverage(List.of((dimensions == null ? DEFAULT_DIMENSIONS : dimensions).split(",", -1)));
    }
}
