package org.ippc.ecommerce.resources.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.resources.submission.SubmissionView;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/submissions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "Review of submissions by network experts and decisions of the Secretariat")
@APIResponse(
        responseCode = "409",
        description = "The action is not allowed in the resource's state (the problem names the state and the allowed"
                + " actions)")
public class ReviewResource {
    private final ReviewWorkflow workflow;

    ReviewResource(ReviewWorkflow workflow) {
        this.workflow = workflow;
    }

    @POST
    @Path("/reviewers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Assign reviewers (the Secretariat); the resource goes under review",
            description = "Each reviewer must be an active network expert who consents to be contacted, as"
                    + " network-service says at that moment.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "422", description = "A reviewer is not eligible (the problem lists why)")
    @APIResponse(responseCode = "503", description = "network-service cannot be reached; nothing changed")
    @APIResponseSchema(value = SubmissionView.class, responseDescription = "The submission, now under review")
    public RestResponse<SubmissionView> assign(@PathParam("id") long id, @Valid @NotNull ReviewerAssignment request) {
        return workflow.assign(id, request).ok();
    }

    @DELETE
    @Path("/reviewers/{expertId}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Take a reviewer off the resource (the Secretariat)",
            description = "A recommendation the reviewer made stays in the history only. A resource left without"
                    + " reviewers is `submitted` again.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "404", description = "The expert is not a reviewer of the resource")
    @APIResponseSchema(value = SubmissionView.class, responseDescription = "The submission")
    public RestResponse<SubmissionView> unassign(@PathParam("id") long id, @PathParam("expertId") long expertId) {
        return workflow.unassign(id, expertId).ok();
    }

    @GET
    @Path("/reviews")
    @RolesAllowed({Roles.SECRETARIAT, Roles.EXPERT})
    @Operation(summary = "The reviewers and their recommendations (the Secretariat and the assigned reviewers)")
    @APIResponse(
            responseCode = "200",
            description = "Each assigned reviewer and their recommendation, if any",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewView.class)))
    public List<ReviewView> reviews(@PathParam("id") long id) {
        return workflow.reviews(id);
    }

    @POST
    @Path("/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EXPERT)
    @Operation(
            summary = "Record the caller's recommendation (assigned reviewers only); a new one replaces theirs",
            description = "network-service is asked whether the reviewer may still review: one withdrawn, erased or"
                    + " out of term since the assignment is answered 403 with the reasons, and the refusal is kept in"
                    + " the history.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "503", description = "network-service cannot be reached; nothing changed")
    @APIResponseSchema(
            value = SubmissionView.class,
            responseDescription = "The submission with the recommendation recorded")
    public RestResponse<SubmissionView> recommend(@PathParam("id") long id, @Valid @NotNull Recommendation request) {
        return workflow.recommend(id, request).ok();
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Decide on a reviewed resource (the Secretariat)",
            description = "`revision-requested` sends it back to the contributor, `accepted` readies it for"
                    + " publication, `rejected` ends it; the reason is told to the contributor.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponseSchema(value = SubmissionView.class, responseDescription = "The submission in its new state")
    public RestResponse<SubmissionView> decide(@PathParam("id") long id, @Valid @NotNull Decision request) {
        return workflow.decide(id, request).ok();
    }

    @POST
    @Path("/publication")
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Publish an accepted resource in the public catalogue (the Secretariat; needs consent)",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponseSchema(value = SubmissionView.class, responseDescription = "The published resource")
    public RestResponse<SubmissionView> publish(@PathParam("id") long id) {
        return workflow.publish(id).ok();
    }

    @POST
    @Path("/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Withdraw a published resource from the catalogue (the Secretariat)",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponseSchema(value = SubmissionView.class, responseDescription = "The withdrawn resource")
    public RestResponse<SubmissionView> withdraw(@PathParam("id") long id, @Valid @NotNull Withdrawal request) {
        return workflow.withdraw(id, request).ok();
    }
}
