package org.ippc.ecommerce.platform.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only endpoint that fails the way a bug would, to see what the caller gets. The kit's
 * beans.xml has Quarkus index this jar, so every service's tests serve it.
 */
@Path(FailingResource.PATH)
@PermitAll
public class FailingResource {
    public static final String PATH = "/test-only/failure";
    public static final String SECRET = "jdbc:postgresql://internal-host/secret";

    @GET
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("Connection refused to " + SECRET);
    }
}
