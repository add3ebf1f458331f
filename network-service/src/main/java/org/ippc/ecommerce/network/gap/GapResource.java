package org.ippc.ecommerce.network.gap;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.IdempotentCreates;
import org.ippc.ecommerce.platform.LanguageCode;
import org.ippc.ecommerce.platform.Roles;

@Path("/v1/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resource gaps", description = "Needs for technical material identified by the network")
public class GapResource {
    private final GapService service;
    private final IdempotentCreates idempotentCreates;

    GapResource(GapService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EXPERT, Roles.RPPO, Roles.SECRETARIAT})
    @Operation(summary = "Propose a gap (network experts, RPPOs, the Secretariat); it starts open")
    @APIResponse(
            responseCode = "201",
            description = "Proposed",
            content = @Content(schema = @Schema(implementation = GapView.class)))
    public Response propose(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @Valid @NotNull NewGap request, UriInfo uri) {
        return idempotentCreates.create(idempotencyKey, request, uri, service::propose, GapView::id);
    }

    @GET
    @PermitAll
    @Operation(summary = "Gaps (public), by status, commodity class, language and region")
    public GapPage list(
            @QueryParam("status") @Pattern(regexp = "open|in-progress|closed") String status,
            @QueryParam("topic") @Size(max = 32) @Parameter(description = "a topic code") String topic,
            @QueryParam("commodityClass") @Size(max = 32) String commodityClass,
            @QueryParam("language") @LanguageCode String language,
            @QueryParam("region")
                    @Size(max = 16)
                    @Parameter(description = "an RPPO acronym: the gaps of that region and the global ones")
                    String region,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.search(new GapQuery(status, topic, commodityClass, language, region), cursor, limit);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "One gap (public)")
    public GapView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Set the status of a gap (the Secretariat)")
    public GapView changeStatus(@PathParam("id") long id, @Valid @NotNull GapStatusChange change) {
        return service.changeStatus(id, change);
    }

    @POST
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECRETARIAT, Roles.RPPO})
    @Operation(
            summary = "Assign an active expert to the gap with a target date (the Secretariat, RPPOs)",
            description = "An open gap is then in progress; the same expert assigned again gets the new date.")
    @APIResponse(responseCode = "409", description = "The gap is closed, or the expert is not active")
    @APIResponseSchema(value = GapView.class, responseDescription = "The gap, in progress")
    public GapView assign(@PathParam("id") long id, @Valid @NotNull NewGapAssignment assignment) {
        return service.assign(id, assignment);
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Close the gap with the published resource that fills it (the Secretariat)")
    @APIResponse(responseCode = "409", description = "The gap is closed already")
    @APIResponseSchema(value = GapView.class, responseDescription = "The gap, closed")
    public GapView close(@PathParam("id") long id, @Valid @NotNull GapClosure closure) {
        return service.close(id, closure);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Every change to the gap: who, role, when, what changed, why")
    public List<HistoryView> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
