package org.ippc.ecommerce.network.expert;

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
import org.ippc.ecommerce.platform.LanguageCode;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versions;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Experts", description = "The e-commerce expert network and its public directory")
public class ExpertResource {
    private final ExpertService service;
    private final IdempotentCreates idempotentCreates;

    ExpertResource(ExpertService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Add an expert directly (the Secretariat)",
            description = "Beside the RPPOs' nominations: an expert an international organization, industry or"
                    + " another partner proposed. The expert is active for the term at once; who proposed them is"
                    + " kept (`proposedBy`) and the history says it.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(
            responseCode = "201",
            description = "Appointed",
            content = @Content(schema = @Schema(implementation = ExpertView.class)))
    @APIResponse(responseCode = "409", description = "That e-mail is an expert's already")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before with another body")
    public Response appoint(
            @HeaderParam(IdempotentCreates.HEADER)
                    @Parameter(description = "a retry with the same key and body answers the first response")
                    String idempotencyKey,
            @Valid @NotNull DirectAppointment appointment,
            UriInfo uri) {
        return Versions.taggedAsCreated(idempotentCreates.create(
                idempotencyKey, appointment, uri, body -> service.appoint(body).view(), ExpertView::id));
    }

    @GET
    @PermitAll
    @Operation(
            summary = "The public directory",
            description = "Active experts who consented to be listed publicly, with their public fields.")
    public ExpertPage directory(
            @QueryParam("expertise") @Size(max = 32) String expertise,
            @QueryParam("language") @LanguageCode String language,
            @QueryParam("country") @CountryCode String country,
            @QueryParam("rppo") @Size(max = 16) String rppo,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "free text in name, organization, summary")
                    String text,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.directory(new ExpertQuery(expertise, language, country, rppo, text), cursor, limit);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(
            summary =
                    "One expert: public fields, and restricted ones for the expert, the Secretariat and nominating RPPOs",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    public RestResponse<ExpertView> get(@PathParam("id") long id) {
        return service.get(id).ok();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EXPERT, Roles.RPPO, Roles.SECRETARIAT})
    @Operation(
            summary = "Replace the expert's profile: name, organization, contact, languages, expertise, summary",
            description = "By the expert, a nominating RPPO or the Secretariat; kept in the history. Consent, status"
                    + " and term change by their own calls. Requires If-Match.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "409", description = "The e-mail is another expert's, or the expert's data is erased")
    @APIResponse(responseCode = "412", description = "The expert changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponseSchema(value = ExpertView.class, responseDescription = "The expert with the new profile")
    public RestResponse<ExpertView> changeProfile(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ExpertProfile profile) {
        return service.changeProfile(id, ifMatch, profile).ok();
    }

    @PUT
    @Path("/{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EXPERT, Roles.RPPO, Roles.SECRETARIAT})
    @Operation(
            summary = "Give or withdraw consent",
            description = "By the expert, a nominating RPPO or the Secretariat. Withdrawing consent to public listing"
                    + " removes the expert from public answers at once. Requires If-Match.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "412", description = "The expert changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponseSchema(value = ExpertView.class, responseDescription = "The expert with the new consent")
    public RestResponse<ExpertView> changeConsent(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ConsentChange change) {
        return service.changeConsent(id, ifMatch, change).ok();
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EXPERT, Roles.RPPO, Roles.SECRETARIAT})
    @Operation(
            summary = "Withdraw an expert from the network, at their request or the RPPO's",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    public RestResponse<ExpertView> withdraw(@PathParam("id") long id, @Valid @NotNull Reason reason) {
        return service.withdraw(id, reason.reason()).ok();
    }

    @POST
    @Path("/{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD) // no body on success: any Accept, application/problem+json included, is served
    @RolesAllowed({Roles.EXPERT, Roles.SECRETARIAT})
    @Operation(
            summary = "Erase the expert's personal data",
            description = "At the expert's request. Keeps who nominated them, when, and what was decided.")
    @APIResponse(responseCode = "204", description = "Erased")
    public void erase(@PathParam("id") long id, @Valid @NotNull Reason reason) {
        service.erase(id, reason.reason());
    }

    @GET
    @PermitAll
    @Path("/{id}/eligibility")
    @Operation(
            summary = "May this expert act in a role now?",
            description = "The contract resources-service relies on before assigning a reviewer: eligible when the"
                    + " expert is active, consents to be contacted and is within the term.")
    public Eligibility eligibility(
            @PathParam("id") long id, @QueryParam("role") @DefaultValue(ExpertService.REVIEWER) String role) {
        return service.eligibility(id, role);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.EXPERT, Roles.RPPO, Roles.SECRETARIAT})
    @Operation(summary = "Every change to the expert: who, role, when, what changed, why (the expert reads their own)")
    public List<HistoryView> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
