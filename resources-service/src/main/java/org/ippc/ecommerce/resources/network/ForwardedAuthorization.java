package org.ippc.ecommerce.resources.network;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Calls network-service on behalf of the caller: the caller's verified bearer token goes along, so network-service
 * answers within the caller's own scope (the Secretariat reads the contact address of the reviewer it assigns).
 * Calls made outside a request, or for an anonymous caller, go without one and see public fields only.
 *
 * <p>The REST client creates its configured providers itself, not through CDI, so the request's token is looked up
 * when the call is made.
 */
public class ForwardedAuthorization implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        ArcContainer container = Arc.container();
        if (!container.requestContext().isActive() || request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        String token = container.instance(JsonWebToken.class).get().getRawToken();
        if (token != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
    }
}
