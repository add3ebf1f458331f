package org.ippc.ecommerce.registry.noncompliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.registry.rppo.RegionalScope;

@Path("/v1/non-compliance-notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Non-compliance notices")
public class NoticeListResource {
    private final NonComplianceNoticePages pages;
    private final RegionalScope scope;

    NoticeListResource(NonComplianceNoticePages pages, RegionalScope scope) {
        this.pages = pages;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({Roles.NPPO, Roles.SECRETARIAT, Roles.RPPO})
    @Operation(
            summary = "Notices across the registry, oldest first",
            description =
                    "With `traderCountry`, an NPPO reads what other countries found in its traders' consignments. An"
                            + " RPPO reads the notices on the traders of its member countries.")
    public NonComplianceNoticePage list(
            @QueryParam("traderCountry") @CountryCode @Parameter(description = "the traders' country")
                    String traderCountry,
            @QueryParam("reportedBy") @CountryCode @Parameter(description = "the country of the NPPO that found it")
                    String reportedBy,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return pages.page(null, scope.countriesToRead(traderCountry).orElse(null), reportedBy, cursor, limit);
    }
}
