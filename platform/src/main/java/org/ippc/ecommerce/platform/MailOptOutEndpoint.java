package org.ippc.ecommerce.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The link at the foot of every notification (RFC 8058 one-click: a POST to the link itself). A service that mails
 * declares its resource at a path of its own, so that a gateway in front of several tells them apart.
 */
public abstract class MailOptOutEndpoint {
    private final MailOptOuts optOuts;

    protected MailOptOutEndpoint(MailOptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @POST
    @PermitAll
    @Operation(
            summary = "Stop the notifications to an address (the link in each mail)",
            description = "The token is the one the mail's link carries; no more notifications of this service go"
                    + " to the address. 204 also when it had opted out already.")
    @APIResponse(responseCode = "204", description = "No more notifications go to the address")
    @APIResponse(responseCode = "403", description = "The token is not the address's")
    public void optOut(
            @QueryParam("address") @NotBlank @Email @Size(max = 320) String address,
            @QueryParam("token") @NotBlank @Size(max = 100) String token) {
        optOuts.optOut(address, token);
    }
}
