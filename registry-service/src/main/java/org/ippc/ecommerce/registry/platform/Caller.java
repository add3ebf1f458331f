package org.ippc.ecommerce.registry.platform;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the role and scope of the bearer token, for rules and records that depend on them. */
@RequestScoped
public class Caller {
    private final JsonWebToken token;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    public String name() {
        return token.getName() == null ? "anonymous" : token.getName();
    }
}
