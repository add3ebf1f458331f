package org.ippc.ecommerce.resources.platform;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the role and scope of the bearer token, for rules that depend on them. */
@RequestScoped
public class Caller {
    private final JsonWebToken token;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    public String name() {
        return token.getName() == null ? "anonymous" : token.getName();
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    /** The organization a contributor acts for; a contributor token without one is out of scope. */
    public String org() {
        return claim(Roles.ORG_CLAIM).orElseThrow(() -> Problems.forbidden("The token carries no 'org' claim."));
    }

    private Optional<String> claim(String name) {
        return Optional.ofNullable(token.<Object>getClaim(name)).map(Object::toString);
    }
}
