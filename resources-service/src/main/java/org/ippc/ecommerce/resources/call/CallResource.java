package org.ippc.ecommerce.resources.call;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.IdempotentCreates;
import org.ippc.ecommerce.platform.Roles;

@Path("/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "The Secretariat's calls for existing technical resources")
public class CallResource {
    private final CallService service;
    private final IdempotentCreates idempotentCreates;

    CallResource(CallService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Open a call for existing technical resources (the Secretariat)",
            description = "What is sought (topics, languages, regions, commodity classes), until when, and its text"
                    + " in the official languages (English at least). Contributors answer it with `callId`.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another body")
    public Response open(
            @HeaderParam(IdempotentCreates.HEADER)
                    @Parameter(description = "a retry with the same key and body answers the first response")
                    String idempotencyKey,
            @Valid @NotNull NewCall call,
            UriInfo uri) {
        return idempotentCreates.create(idempotencyKey, call, uri, service::open, CallView::id);
    }

    @GET
    @PermitAll
    @Operation(summary = "The calls (public): `status=open` for those taking submissions")
    public CallPage list(
            @QueryParam("status") @Pattern(regexp = "open|closed") @Parameter(description = "open or closed")
                    String status,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.page(status, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One call (public), with what it received, accepted and published")
    public CallView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "The call's history (the Secretariat)")
    public List<HistoryView> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
