package org.ippc.ecommerce.registry.screening;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.LanguageNegotiation;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Problems;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import requirements")
public class RequirementLookupResource {
    private final RequirementLookupService service;
    private final Clock clock;

    RequirementLookupResource(RequirementLookupService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "What does a country require for this product? (public)",
            description = "The high-risk products a text (in any language) or an HS code points to, with the"
                    + " destination's requirement in force on the date (default today) for goods from the origin: the"
                    + " one naming the origin, else the one for every origin.",
            extensions = @Extension(name = OpenApiConventions.RATE_LIMIT, value = "requirement-lookup"))
    public RestResponse<RequirementLookup> lookup(
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @QueryParam("destination") @NotNull @CountryCode String destination,
            @QueryParam("origin") @CountryCode String origin,
            @QueryParam("text") @Size(max = 2000) String text,
            @QueryParam("hsCode") @Pattern(regexp = "[0-9]{2}(\\.?[0-9]{2}){0,3}") String hsCode,
            @QueryParam("date") LocalDate date) {
        if ((text == null || text.isBlank()) && hsCode == null) {
            throw Problems.badRequest("Give a text, an HS code, or both.");
        }
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        String language = LanguageNegotiation.preferred(acceptLanguage);
        return LanguageNegotiation.ok(language, service.lookup(destination, origin, text, hsCode, day, language))
                .build();
    }
}
