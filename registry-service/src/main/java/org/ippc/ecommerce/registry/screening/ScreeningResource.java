package org.ippc.ecommerce.registry.screening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.LanguageNegotiation;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Screening",
        description =
                "Listings and parcel declarations screened against the high-risk list and" + " the trader register")
public class ScreeningResource {
    private final ScreeningService service;
    private final ScreeningStatistics statistics;
    private final Clock clock;

    ScreeningResource(ScreeningService service, ScreeningStatistics statistics, Clock clock) {
        this.service = service;
        this.statistics = statistics;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SCREENER, Roles.NPPO, Roles.SECRETARIAT})
    @Operation(
            summary = "Screen up to 1,000 listings or parcel declarations",
            description = "Per item: the high-risk products recognised (which term, in which field, or which HS code),"
                    + " the destination's requirements in force today, the seller's registration, and a verdict with"
                    + " the rule that produced it. The request is counted by destination and verdict; no listing"
                    + " text is kept.",
            extensions = @Extension(name = OpenApiConventions.RATE_LIMIT, value = "screening"))
    @APIResponse(responseCode = "413", description = "More than 1,000 items")
    @APIResponseSchema(
            value = ScreeningResult.class,
            responseDescription = "A verdict for every item, in the order sent")
    public RestResponse<ScreeningResult> screen(
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Valid @NotNull ScreeningRequest request) {
        String language = LanguageNegotiation.preferred(acceptLanguage);
        return LanguageNegotiation.ok(language, service.screen(request, language))
                .build();
    }

    @GET
    @Path("/stats")
    @RolesAllowed({Roles.SECRETARIAT, Roles.NPPO, Roles.SCREENER, Roles.RPPO})
    @Operation(
            summary = "Screened items by destination and verdict over a period (default: the last 30 days)",
            description = "NPPOs and the Secretariat count every organization's requests, a screener its own"
                    + " organization's (the token's org), an RPPO the items bound for its member countries. With a"
                    + " destination, only the requests and items bound for it are counted.")
    public ScreeningStatistics.Stats stats(
            @QueryParam("from") @Parameter(description = "inclusive") LocalDate from,
            @QueryParam("to") @Parameter(description = "inclusive") LocalDate to,
            @QueryParam("destination") @CountryCode String destination) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw Problems.badRequest("from is after to.");
        }
        return statistics.between(start, end, destination);
    }
}
