package org.ippc.ecommerce.network.rppo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/rppos/{acronym}/contact")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SECRETARIAT, Roles.RPPO})
@Tag(name = "RPPOs")
public class RppoContactResource {
    private final RppoContactService service;

    RppoContactResource(RppoContactService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "Where the network writes to the RPPO (the Secretariat, or the RPPO itself)",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "404", description = "No contact is set yet")
    @APIResponseSchema(value = RppoContactView.class, responseDescription = "The contact")
    public RestResponse<RppoContactView> get(@PathParam("acronym") String acronym) {
        return service.get(acronym).ok();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the address and language the RPPO is written to (the Secretariat, or the RPPO itself)",
            description = "The RPPO hears by mail of the Secretariat's decisions on its nominations. The first contact"
                    + " is set without If-Match; a replacement requires it.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(
            responseCode = "201",
            description = "The first contact, set",
            content = @Content(schema = @Schema(implementation = RppoContactView.class)))
    @APIResponse(responseCode = "412", description = "The contact changed since it was read, or there is none yet")
    @APIResponse(responseCode = "428", description = "If-Match is missing on a replacement")
    @APIResponseSchema(value = RppoContactView.class, responseDescription = "The contact as replaced")
    public RestResponse<RppoContactView> set(
            @PathParam("acronym") String acronym,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NewRppoContact request) {
        RppoContactService.Saved saved = service.set(acronym, ifMatch, request);
        return saved.created() ? saved.contact().created() : saved.contact().ok();
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every change to the RPPO's contact: who, role, when, what changed")
    public List<HistoryView> history(@PathParam("acronym") String acronym) {
        return service.history(acronym);
    }
}
