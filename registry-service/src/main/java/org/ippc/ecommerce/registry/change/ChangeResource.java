package org.ippc.ecommerce.registry.change;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.Roles;

@Path("/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "What changed in the registry, in order, for those who keep a copy")
public class ChangeResource {
    private final ChangeFeed feed;

    ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @RolesAllowed({Roles.SCREENER, Roles.NPPO, Roles.SECRETARIAT})
    @Operation(
            summary = "The changes after a position, oldest first (marketplaces, couriers, customs)",
            description = "Trader registrations, status changes and changes of websites and stores, and requirements"
                    + " set, corrected or superseded. Positions follow the order in which the changes were"
                    + " committed and have no gaps: keep `next` and ask again with it to miss nothing.")
    public ChangePage after(
            @QueryParam("cursor")
                    @DefaultValue("0")
                    @PositiveOrZero
                    @Parameter(description = "a position; 0: from the start")
                    long cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return feed.after(cursor, limit);
    }
}
