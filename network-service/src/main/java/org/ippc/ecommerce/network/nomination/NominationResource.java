package org.ippc.ecommerce.network.nomination;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.IdempotentCreates;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versions;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nominations", description = "RPPOs nominate experts to the network; the Secretariat decides")
public class NominationResource {
    private final NominationService service;
    private final IdempotentCreates idempotentCreates;

    NominationResource(NominationService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RPPO)
    @Operation(
            summary = "Nominate an expert",
            description = "On behalf of the RPPO of the token only. The candidate's country must be a member of that"
                    + " RPPO unless their organization is an international organization or industry body.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(
            responseCode = "201",
            description = "Nominated",
            content = @Content(schema = @Schema(implementation = NominationView.class)))
    @APIResponse(responseCode = "409", description = "This RPPO already has a pending nomination of that e-mail")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another body")
    public Response nominate(
            @HeaderParam(IdempotentCreates.HEADER)
                    @Parameter(description = "a retry with the same key and body answers the first response")
                    String idempotencyKey,
            @Valid @NotNull NewNomination candidate,
            UriInfo uri) {
        return Versions.taggedAsCreated(
                idempotentCreates.create(idempotencyKey, candidate, uri, service::nominate, NominationView::id));
    }

    @GET
    @RolesAllowed({Roles.RPPO, Roles.SECRETARIAT})
    @Operation(summary = "Nominations: an RPPO sees its own, the Secretariat all")
    public NominationPage list(
            @QueryParam("status") @Pattern(regexp = "nominated|accepted|declined") String status,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.page(status, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RPPO, Roles.SECRETARIAT})
    @Operation(
            summary = "One nomination and its decision, for its RPPO and the Secretariat",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    public RestResponse<NominationView> get(@PathParam("id") long id) {
        return service.get(id).ok();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RPPO)
    @Operation(
            summary = "Revise a nomination (the nominating RPPO) until the Secretariat decides; requires If-Match",
            description = "Replaces the candidate's data, for a misspelt name, another e-mail or a statement now"
                    + " signed. The rules of a nomination apply again.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "409", description = "The nomination is already decided")
    @APIResponse(responseCode = "412", description = "The nomination changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponseSchema(value = NominationView.class, responseDescription = "The nomination as revised")
    public RestResponse<NominationView> revise(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NewNomination candidate) {
        return service.revise(id, ifMatch, candidate).ok();
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Accept: creates the expert, or reactivates the same person, for the term given",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "409", description = "The nomination is already decided")
    @APIResponseSchema(value = NominationView.class, responseDescription = "The accepted nomination, with its expert")
    public RestResponse<NominationView> accept(@PathParam("id") long id, @Valid @NotNull Acceptance acceptance) {
        return service.accept(id, acceptance).ok();
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Decline, with a reason the nominating RPPO reads",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "409", description = "The nomination is already decided")
    @APIResponseSchema(value = NominationView.class, responseDescription = "The declined nomination")
    public RestResponse<NominationView> decline(@PathParam("id") long id, @Valid @NotNull Decline decline) {
        return service.decline(id, decline.reason()).ok();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.RPPO, Roles.SECRETARIAT})
    @Operation(summary = "Every change to the nomination: who, role, when, what changed, why")
    public List<HistoryView> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
