package org.ippc.ecommerce.registry.noncompliance;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.IdempotentCreates;
import org.ippc.ecommerce.platform.Roles;

@Path("/v1/traders/{traderId}/non-compliance-notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Non-compliance notices", description = "What NPPOs found in traders' consignments at their borders")
public class TraderNoticesResource {
    private final NonComplianceService service;
    private final NonComplianceNoticePages pages;
    private final IdempotentCreates idempotentCreates;

    TraderNoticesResource(
            NonComplianceService service, NonComplianceNoticePages pages, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.pages = pages;
        this.idempotentCreates = idempotentCreates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NPPO)
    @Operation(
            summary = "Notify what the NPPO found in one of the trader's consignments",
            description = "Any NPPO, about a trader of any country: the country is the token's. The trader's own NPPO"
                    + " and every other NPPO read it. A notice is never changed; the NPPO that recorded it may"
                    + " withdraw it.")
    @APIResponse(
            responseCode = "201",
            description = "Notified",
            content = @Content(schema = @Schema(implementation = NonComplianceNoticeView.class)))
    public Response notify(
            @PathParam("traderId") long traderId,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull NewNonComplianceNotice request,
            UriInfo uri) {
        return idempotentCreates.create(
                idempotencyKey, request, uri, body -> service.notify(traderId, body), NonComplianceNoticeView::id);
    }

    @GET
    @RolesAllowed({Roles.NPPO, Roles.SECRETARIAT, Roles.RPPO})
    @Operation(summary = "The notices about the trader, oldest first")
    public NonComplianceNoticePage list(
            @PathParam("traderId") long traderId,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        service.requireReadableTrader(traderId);
        return pages.page(traderId, null, null, cursor, limit);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NPPO)
    @Operation(
            summary = "Withdraw a notice recorded by mistake (the NPPO that recorded it), with the reason",
            description = "The notice stays, marked as withdrawn, for those who read it.")
    @APIResponse(responseCode = "409", description = "The notice is withdrawn already")
    @APIResponseSchema(value = NonComplianceNoticeView.class, responseDescription = "The notice, withdrawn")
    public NonComplianceNoticeView withdraw(
            @PathParam("traderId") long traderId,
            @PathParam("id") long id,
            @Valid @NotNull NoticeWithdrawal withdrawal) {
        return service.withdraw(traderId, id, withdrawal.reason());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.NPPO, Roles.SECRETARIAT, Roles.RPPO})
    @Operation(summary = "One notice")
    public NonComplianceNoticeView get(@PathParam("traderId") long traderId, @PathParam("id") long id) {
        return service.read(traderId, id);
    }
}
