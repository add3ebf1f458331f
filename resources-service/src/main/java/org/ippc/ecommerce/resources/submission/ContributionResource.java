package org.ippc.ecommerce.resources.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.IdempotentCreates;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versions;

/** Where contributors submit: the same path as the public catalogue, which is what they contribute to. */
@Path("/v1/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class ContributionResource {
    private final SubmissionService service;
    private final IdempotentCreates idempotentCreates;

    ContributionResource(SubmissionService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(
            summary = "Submit a technical resource for review",
            description = "The contributing organization is the `org` of the token. A gap it fills is checked with"
                    + " network-service (503 with Retry-After when that cannot be done). The submission is then"
                    + " at /v1/submissions/{id}.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(
            responseCode = "201",
            description = "Submitted",
            content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "409", description = "The organization already submitted a resource at that URL")
    @APIResponse(responseCode = "503", description = "network-service could not check the gap; retry later")
    public Response submit(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull NewResource request,
            UriInfo uri) {
        return Versions.taggedAsCreated(idempotentCreates.create(
                idempotencyKey,
                request,
                uri.getBaseUriBuilder().path("v1/submissions"),
                service::submit,
                SubmissionView::id));
    }
}
