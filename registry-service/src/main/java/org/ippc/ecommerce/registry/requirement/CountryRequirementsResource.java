package org.ippc.ecommerce.registry.requirement;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.CountryCode;

@Path("/v1/countries/{country}/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import requirements")
public class CountryRequirementsResource {
    private static final String STATUSES = "prohibited|prohibited-pending-pra|permit-required"
            + "|phytosanitary-certificate-required|conditions-apply|no-requirement";

    private final RequirementService service;
    private final Clock clock;

    CountryRequirementsResource(RequirementService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Everything a country requires for the products on the list (public)",
            description = "The country's prohibited and restricted goods, as the WCO asks each country to publish:"
                    + " every requirement in force on the date (default today), with its product and HS codes.")
    public CountryRequirementPage list(
            @PathParam("country") @CountryCode String country,
            @QueryParam("date") LocalDate date,
            @QueryParam("status")
                    @Pattern(regexp = STATUSES)
                    @Parameter(description = "only the requirements of this status")
                    String status,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        return service.ofCountry(country, day, status, cursor, limit);
    }

    @GET
    @PermitAll
    @Produces("text/csv;qs=0.5") // JSON stays the answer to Accept: */*
    @Operation(summary = "The same list as CSV, every product at once, for a spreadsheet or a customs system (public)")
    public Response export(
            @PathParam("country") @CountryCode String country,
            @QueryParam("date") LocalDate date,
            @QueryParam("status") @Pattern(regexp = STATUSES) String status)
            throws JsonProcessingException {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        String csv = CountryRequirementsCsv.of(service.allOfCountry(country, day, status));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"requirements-%s-%s.csv\"".formatted(country, day))
                .build();
    }
}
