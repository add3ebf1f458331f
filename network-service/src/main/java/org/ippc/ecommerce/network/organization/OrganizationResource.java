package org.ippc.ecommerce.network.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.IdempotentCreates;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versions;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "NPPOs, RPPOs, international organizations, industry and academia")
public class OrganizationResource {
    private final OrganizationService service;
    private final IdempotentCreates idempotentCreates;

    OrganizationResource(OrganizationService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECRETARIAT, Roles.RPPO})
    @Operation(
            summary = "Record an organization",
            description = "The Secretariat records any organization; an RPPO only organizations based in its"
                    + " member countries.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "409", description = "An organization of that name is already recorded in that country")
    public Response create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull NewOrganization request,
            UriInfo uri) {
        return Versions.taggedAsCreated(
                idempotentCreates.create(idempotencyKey, request, uri, service::create, OrganizationView::id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SECRETARIAT, Roles.RPPO})
    @Operation(
            summary = "Replace an organization (the Secretariat, or an RPPO within its region); requires If-Match",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "412", description = "The organization changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponseSchema(value = OrganizationView.class, responseDescription = "The organization as changed")
    public RestResponse<OrganizationView> replace(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NewOrganization request) {
        return service.replace(id, ifMatch, request).ok();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.SECRETARIAT, Roles.RPPO})
    @Operation(
            summary = "Every change to the organization: who, role, when, what changed, why",
            description = "The Secretariat reads any; an RPPO those based in its member countries.")
    public List<HistoryView> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "One organization", extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    public RestResponse<OrganizationView> get(@PathParam("id") long id) {
        return service.get(id).ok();
    }

    @GET
    @PermitAll
    @Operation(summary = "Search organizations by name, type and country")
    public OrganizationPage list(
            @QueryParam("name") @Size(max = 300) @Parameter(description = "part of the name, any case") String name,
            @QueryParam("type") OrganizationType type,
            @QueryParam("country") @CountryCode String country,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.search(new OrganizationQuery(name, type, country), cursor, limit);
    }
}
