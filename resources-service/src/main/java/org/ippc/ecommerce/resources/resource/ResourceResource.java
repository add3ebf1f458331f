package org.ippc.ecommerce.resources.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.resources.platform.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "Technical resources submitted by contributors")
public class ResourceResource {
    private final ResourceService service;

    ResourceResource(ResourceService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(
            summary = "Submit a technical resource for review",
            description = "The submitting organization is the `org` of the token.")
    @APIResponse(
            responseCode = "201",
            description = "Submitted",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "409", description = "The organization already submitted a resource at that URL")
    public RestResponse<ResourceView> submit(@Valid @NotNull NewResource request, UriInfo uri) {
        ResourceView created = service.submit(request);
        return RestResponse.ResponseBuilder.<ResourceView>created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.SECRETARIAT})
    @Operation(summary = "A submission, for its contributor's organization and the Secretariat")
    public ResourceView get(@PathParam("id") long id) {
        return service.get(id);
    }
}
