package org.ippc.ecommerce.registry.webhook;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.Roles;

@Path("/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SCREENER)
@Tag(name = "Changes")
public class WebhookResource {
    private final WebhookService service;

    WebhookResource(WebhookService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Subscribe the token's organization to the changes from now on",
            description = "Each change is posted to the url, signed as Standard Webhooks says (webhook-id,"
                    + " webhook-timestamp, webhook-signature with the secret answered here once), in feed order, at"
                    + " least once. A failed delivery is tried again after growing delays; after the last attempt it"
                    + " goes to the dead-letter list and the next change follows.")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed; the answer holds the signing secret, given only now",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response subscribe(@Valid @NotNull NewSubscription request, UriInfo uri) {
        SubscriptionView created = service.subscribe(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "The organization's subscriptions and where their delivery stands")
    public List<SubscriptionView> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription of the organization")
    public SubscriptionView get(@PathParam("id") long id) {
        return service.read(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End a subscription of the organization")
    @APIResponse(responseCode = "204", description = "Ended")
    public void delete(@PathParam("id") long id) {
        service.delete(id);
    }

    @GET
    @Path("/{id}/dead-letters")
    @Operation(summary = "The changes every attempt failed to deliver, oldest first")
    public List<DeadLetterView> deadLetters(@PathParam("id") long id) {
        return service.deadLetters(id);
    }

    @POST
    @Path("/{id}/dead-letters/{position}/replay")
    @Operation(summary = "Send a dead letter again now; delivered, it leaves the list")
    @APIResponse(responseCode = "204", description = "Delivered")
    @APIResponse(responseCode = "502", description = "The receiver did not take it; it stays in the list")
    public void replay(@PathParam("id") long id, @PathParam("position") long position) {
        service.replay(id, position);
    }
}
