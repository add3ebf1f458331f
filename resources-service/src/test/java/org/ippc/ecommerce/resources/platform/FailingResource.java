package org.ippc.ecommerce.resources.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A test-only endpoint that fails the way a bug would, to see what the caller gets. */
@Path(FailingResource.PATH)
@PermitAll
public class FailingResource {
    static final String PATH = "/test-only/failure";
    static final String SECRET = "jdbc:postgresql://internal-host/secret";

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("Connection refused to " + SECRET);
    }
}
