package org.ippc.ecommerce.registry.trader;

import com.fasterxml.jackson.databind.SequenceWriter;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.CsvUploads;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.IdempotentCreates;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versions;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/traders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traders", description = "E-commerce traders registered by the NPPO of their country")
public class TraderResource {
    private final TraderService service;
    private final TraderImport importer;
    private final IdempotentCreates idempotentCreates;
    private final MarketplaceDomains marketplaces;

    TraderResource(
            TraderService service,
            TraderImport importer,
            IdempotentCreates idempotentCreates,
            MarketplaceDomains marketplaces) {
        this.service = service;
        this.importer = importer;
        this.idempotentCreates = idempotentCreates;
        this.marketplaces = marketplaces;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NPPO)
    @Operation(
            summary = "Register a trader established in the NPPO's country",
            description = "Issues the registration number when none is supplied. Websites and stores are normalized"
                    + " and unique across the registry. `warnings` names traders of the country with a very similar"
                    + " name.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = TraderView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The registration number or a presence is held by another trader, or the country has no"
                    + " registration numbers left to issue")
    public Response register(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull TraderRequest request,
            UriInfo uri) {
        return Versions.taggedAsCreated(
                idempotentCreates.create(idempotencyKey, request, uri, service::register, TraderView::id));
    }

    /** The filters of the list and of its CSV export. */
    public static class Filters {
        @QueryParam("country")
        @CountryCode
        public String country;

        @QueryParam("status")
        @Pattern(regexp = "registered|suspended|deregistered")
        public String status;

        @QueryParam("productClass")
        @Size(max = 32)
        public String productClass;

        @QueryParam("platform")
        @Size(max = 100)
        public String platform;

        @QueryParam("storeId")
        @Size(max = 200)
        @Parameter(description = "a marketplace store id, any platform")
        public String storeId;

        @QueryParam("url")
        @Size(max = 2000)
        @Parameter(description = "any address on the trader's website, or of its store's page on a marketplace")
        public String url;

        @QueryParam("q")
        @Size(min = 2, max = 200)
        @Parameter(description = "a name, possibly misspelled")
        public String text;

        TraderQuery query(MarketplaceDomains marketplaces) {
            return new TraderQuery(
                    country,
                    status == null ? null : TraderStatus.fromString(status),
                    productClass,
                    platform == null ? null : platform.toLowerCase(),
                    storeId,
                    url == null ? List.of() : marketplaces.requiredSellerKeys(url),
                    text,
                    null);
        }
    }

    @GET
    @RolesAllowed({Roles.NPPO, Roles.SECRETARIAT, Roles.RPPO})
    @Produces("text/csv;qs=0.5") // JSON stays the answer to Accept: */*
    @Operation(
            summary = "The same list as CSV, every page, streamed (NPPOs, the Secretariat, RPPOs for their members)",
            description = "Every filter of the list applies, `q` included; the rows are in id order.")
    public Response export(@Valid @BeanParam Filters filters) {
        TraderQuery query = service.readable(filters.query(marketplaces));
        StreamingOutput csv = out -> {
            try (SequenceWriter writer = TraderCsv.writer(out)) {
                service.export(query, trader -> writer.write(TraderCsv.Row.of(trader)));
            }
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"traders.csv\"")
                .build();
    }

    @GET
    @RolesAllowed({Roles.NPPO, Roles.SECRETARIAT, Roles.RPPO})
    @RunOnVirtualThread
    @Operation(
            summary = "Search the register (NPPOs, the Secretariat, RPPOs for their member countries)",
            description = "With `q`, traders whose legal or trading names hold each word of `q`, misspelled or"
                    + " begun, best matches first (no next page).",
            extensions = @Extension(name = OpenApiConventions.RATE_LIMIT, value = "trader-reads"))
    public TraderPage list(
            @Valid @BeanParam Filters filters,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.page(filters.query(marketplaces), cursor, limit);
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed(Roles.NPPO)
    @Operation(
            summary = "Import a CSV file of traders of the NPPO's country",
            description = "Columns (header line required, any order; lists separated by `;`, stores as"
                    + " `platform:storeId`): registrationNumber (a known one updates that trader; absent, one is"
                    + " issued), nationalRegisterNumber (without a registrationNumber, a known one updates that"
                    + " trader), legalName, tradingNames, countryCode, address, contactEmail, contactPhone,"
                    + " businessRegisterNumber, websites, stores, productClasses, shipToCountries, complianceNotes;"
                    + " status is ignored. The answer reports every line. With `dryRun` nothing is written. A file"
                    + " with a rejected line writes nothing (422, with the report) unless `partial` is true.",
            extensions = @Extension(name = OpenApiConventions.RATE_LIMIT, value = "import"))
    @APIResponse(
            responseCode = "422",
            description = "Lines were rejected and partial import was not asked: nothing written")
    @APIResponse(
            responseCode = "409",
            description = "The country has fewer registration numbers left to issue than the file's new traders:"
                    + " nothing written")
    @APIResponseSchema(value = TraderImport.Report.class, responseDescription = "The report of every line")
    public Response importCsv(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("partial") @DefaultValue("false") boolean partial) {
        TraderImport.Report report = importer.run(body, CsvUploads.charset(type), dryRun, partial);
        if (!dryRun && !report.written() && report.rejected() > 0) {
            throw Problems.linesRejected(report.rejected(), report.lines(), report);
        }
        return Response.ok(report).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NPPO, Roles.SECRETARIAT, Roles.RPPO})
    @RunOnVirtualThread
    @Operation(
            summary = "One trader (all NPPOs and the Secretariat)",
            extensions = {
                @Extension(name = OpenApiConventions.ETAG, value = "true"),
                @Extension(name = OpenApiConventions.RATE_LIMIT, value = "trader-reads")
            })
    public RestResponse<TraderView> get(@PathParam("id") long id) {
        return service.read(id).ok();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NPPO)
    @Operation(
            summary = "Replace a trader (the NPPO of its country); requires If-Match",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "412", description = "The trader changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponseSchema(value = TraderView.class, responseDescription = "The trader as changed")
    public RestResponse<TraderView> replace(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TraderRequest request) {
        return service.replace(id, ifMatch, request).ok();
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NPPO)
    @Operation(
            summary = "Suspend, reinstate or deregister a trader, with a reason (the NPPO of its country)",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "409", description = "The current status does not allow that change")
    @APIResponseSchema(value = TraderView.class, responseDescription = "The trader in its new status")
    public RestResponse<TraderView> changeStatus(@PathParam("id") long id, @Valid @NotNull StatusChange change) {
        return service.changeStatus(id, change).ok();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.NPPO, Roles.SECRETARIAT, Roles.RPPO})
    @Operation(summary = "Every change to the trader: who, role, when, what changed, why")
    public List<HistoryView> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
