package org.ippc.ecommerce.registry.requirement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
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

@Path("/v1/products/{productId}/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import requirements", description = "Each country's requirements for the high-risk products")
public class RequirementResource {
    private final RequirementService service;
    private final IdempotentCreates idempotentCreates;

    RequirementResource(RequirementService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NPPO)
    @Operation(
            summary = "Set the NPPO's country's requirement for the product from a date",
            description = "The country is the token's. A requirement in force with no end is ended the day the new"
                    + " one starts; any other overlap is a 409.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(
            responseCode = "201",
            description = "Set",
            content = @Content(schema = @Schema(implementation = RequirementView.class)))
    public Response set(
            @PathParam("productId") long productId,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull NewRequirement request,
            UriInfo uri) {
        return Versions.taggedAsCreated(idempotentCreates.create(
                idempotencyKey, request, uri, body -> service.set(productId, body), RequirementView::id));
    }

    @GET
    @PermitAll
    @Operation(summary = "The product's requirements (public): all periods, or those in force on a date")
    public List<RequirementView> list(
            @PathParam("productId") long productId,
            @QueryParam("country") @CountryCode String country,
            @QueryParam("date") @Parameter(description = "only the requirements in force that day") LocalDate date) {
        return service.ofProduct(productId, country, date);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(
            summary = "One requirement (public), with its ETag",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponseSchema(value = RequirementView.class, responseDescription = "The requirement")
    public RestResponse<RequirementView> get(@PathParam("productId") long productId, @PathParam("id") long id) {
        return service.read(productId, id).ok();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NPPO)
    @Operation(
            summary =
                    "Correct a requirement of the NPPO's country (status, legal basis, link, period); requires If-Match",
            description = "To end a requirement, give its effectiveTo. A period that overlaps another requirement of"
                    + " the product and country is a 409: a correction supersedes nothing.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "412", description = "The requirement changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponseSchema(value = RequirementView.class, responseDescription = "The requirement as corrected")
    public RestResponse<RequirementView> correct(
            @PathParam("productId") long productId,
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NewRequirement request) {
        return service.correct(productId, id, ifMatch, request).ok();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.NPPO, Roles.SECRETARIAT})
    @Operation(summary = "Every change to the requirement: who, role, when, what changed, why")
    public List<HistoryView> history(@PathParam("productId") long productId, @PathParam("id") long id) {
        return service.history(productId, id);
    }
}
