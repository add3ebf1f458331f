package org.ippc.ecommerce.network.initiative;

import com.fasterxml.jackson.databind.SequenceWriter;
import jakarta.annotation.security.PermitAll;
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
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.IdempotentCreates;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versions;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/initiatives")
@Tag(name = "Initiatives", description = "E-commerce initiatives under way in the regions, recorded by the RPPOs")
public class InitiativeResource {
    private final InitiativeService service;
    private final IdempotentCreates idempotentCreates;

    InitiativeResource(InitiativeService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    /** The filters of the list and of its CSV export. */
    public static class Filters {
        @QueryParam("rppo")
        @Size(max = 16)
        public String rppo;

        @QueryParam("country")
        @CountryCode
        public String country;

        @QueryParam("type")
        @Size(max = 32)
        public String type;

        @QueryParam("status")
        @Pattern(regexp = "planned|ongoing|completed")
        public String status;

        @QueryParam("year")
        @Min(1900)
        @Max(2200)
        @Parameter(description = "initiatives running during that year")
        public Integer year;

        @QueryParam("q")
        @Size(max = 200)
        @Parameter(description = "free text in title, description and lead organization")
        public String text;

        InitiativeQuery query() {
            return new InitiativeQuery(rppo, country, type, status, year, text);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RPPO)
    @Operation(
            summary = "Record an initiative of the token's RPPO; every country must be one of its members",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = InitiativeView.class)))
    public Response record(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull InitiativeRequest request,
            UriInfo uri) {
        return Versions.taggedAsCreated(
                idempotentCreates.create(idempotencyKey, request, uri, service::record, InitiativeView::id));
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search initiatives (public)")
    public InitiativePage list(
            @Valid @BeanParam Filters filters,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.search(filters.query(), cursor, limit);
    }

    @GET
    @PermitAll
    @Produces("text/csv;qs=0.5") // JSON stays the answer to Accept: */*
    @Operation(summary = "The same search as CSV, all pages (public fields only)")
    public Response export(@Valid @BeanParam Filters filters) {
        List<InitiativeView> all = service.all(filters.query());
        StreamingOutput csv = out -> {
            try (SequenceWriter writer = InitiativeCsv.writer(out)) {
                InitiativeCsv.write(writer, all);
            }
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"initiatives.csv\"")
                .build();
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One initiative; its contact only for its RPPO and the Secretariat",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    public RestResponse<InitiativeView> get(@PathParam("id") long id) {
        return service.get(id).ok();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RPPO, Roles.SECRETARIAT})
    @Operation(
            summary = "Replace an initiative (its RPPO or the Secretariat); requires If-Match",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "412", description = "The initiative changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponseSchema(value = InitiativeView.class, responseDescription = "The initiative as changed")
    public RestResponse<InitiativeView> replace(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InitiativeRequest request) {
        return service.replace(id, ifMatch, request).ok();
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RPPO, Roles.SECRETARIAT})
    @Operation(summary = "Every change to the initiative, for its RPPO and the Secretariat")
    public List<HistoryView> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
