package org.ippc.ecommerce.resources.submission;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Technical resources submitted by contributors, on their way to publication")
public class SubmissionResource {
    private final SubmissionService service;

    SubmissionResource(SubmissionService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.SECRETARIAT, Roles.EXPERT})
    @Operation(
            summary = "Submissions the caller may see",
            description = "All of them for the Secretariat, its organization's for a contributor, those assigned to"
                    + " them for a reviewer; in order of submission.")
    public SubmissionPage list(
            @QueryParam("status")
                    @Pattern(regexp = "submitted|under-review|revision-requested|accepted|rejected|published|withdrawn")
                    String status,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.page(status == null ? null : ResourceStatus.fromString(status), cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.SECRETARIAT, Roles.EXPERT})
    @Operation(
            summary = "A submission, for its contributing organization, the Secretariat and its reviewers",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    public RestResponse<SubmissionView> get(@PathParam("id") long id) {
        return service.read(id).ok();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.SECRETARIAT})
    @Operation(
            summary = "Replace the description: revised by its contributing organization, corrected by the Secretariat",
            description = "Requires If-Match. The contributing organization revises while the resource is `submitted`"
                    + " or `revision-requested`; a revision asked for goes back to `under-review`. The Secretariat"
                    + " corrects an `accepted` or `published` resource (a moved link, a typo, a title in another"
                    + " language) at once, without a new review; the public catalogue shows it at once. The"
                    + " contributor's consentToPublish cannot be changed by a correction.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "409", description = "The resource is in a state that cannot be revised or corrected")
    @APIResponse(responseCode = "412", description = "The resource changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponseSchema(value = SubmissionView.class, responseDescription = "The submission as revised or corrected")
    public RestResponse<SubmissionView> revise(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NewResource request) {
        return service.replace(id, ifMatch, request).ok();
    }

    @POST
    @Path("/{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Operation(
            summary = "Consent to publication (its contributing organization), until the resource is published",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    public RestResponse<SubmissionView> consent(@PathParam("id") long id, @Valid @NotNull Consent consent) {
        return service.consent(id).ok();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.SECRETARIAT})
    @Operation(summary = "Every action on the submission: who, role, when, what changed, why")
    public List<HistoryView> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
