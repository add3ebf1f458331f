package org.ippc.ecommerce.registry.requirement;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.CsvUploads;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;

@Path("/v1/countries/{country}/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import requirements")
public class CountryRequirementsResource {
    private static final String STATUSES = "prohibited|prohibited-pending-pra|permit-required"
            + "|phytosanitary-certificate-required|conditions-apply|no-requirement";

    private final RequirementService service;
    private final RequirementImport importer;
    private final Caller caller;
    private final Clock clock;

    CountryRequirementsResource(RequirementService service, RequirementImport importer, Caller caller, Clock clock) {
        this.service = service;
        this.importer = importer;
        this.caller = caller;
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

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed(Roles.NPPO)
    @Operation(
            summary = "Import the country's requirement list from a CSV file (its NPPO)",
            description = "The columns of the export, in any order (product, commodityClass and hsCodes are"
                    + " ignored). Each line sets the product's requirement for its origins from effectiveFrom"
                    + " (superseding the open one before it), corrects the one that starts that day for the same"
                    + " origins, or leaves it as it is. The answer reports every line. With `dryRun` nothing is"
                    + " written. A file with a rejected line writes nothing (422, with the report) unless `partial`"
                    + " is true.",
            extensions = @Extension(name = OpenApiConventions.RATE_LIMIT, value = "import"))
    @APIResponse(
            responseCode = "422",
            description = "Lines were rejected and partial import was not asked: nothing written")
    @APIResponseSchema(value = RequirementImport.Report.class, responseDescription = "The report of every line")
    public Response importCsv(
            @PathParam("country") @CountryCode String country,
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("partial") @DefaultValue("false") boolean partial) {
        if (!country.equals(caller.country())) {
            throw Problems.forbidden("Only the NPPO of %s imports its requirements.".formatted(country));
        }
        RequirementImport.Report report = importer.run(country, body, CsvUploads.charset(type), dryRun, partial);
        if (!dryRun && !report.written() && report.rejected() > 0) {
            throw Problems.linesRejected(report.rejected(), report.lines(), report);
        }
        return Response.ok(report).build();
    }
}
