package org.ippc.ecommerce.platform;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
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

    /** The role the caller acts in, for the history; {@code public} without a token. */
    public String role() {
        // The token's groups are read once: each read copies them into a new set.
        Set<String> groups = token.getGroups();
        if (groups != null) {
            for (String role : Roles.ALL) {
                if (groups.contains(role)) {
                    return role;
                }
            }
        }
        return "public";
    }

    public boolean hasRole(String role) {
        Set<String> groups = token.getGroups();
        return groups != null && groups.contains(role);
    }

    /** The country an NPPO acts for; an NPPO token without one is out of scope. */
    public String country() {
        return claim(Roles.COUNTRY_CLAIM)
                .orElseThrow(() -> Problems.forbidden("The token carries no 'country' claim."));
    }

    /** The organization of a screener or contributor token, when it has one. */
    public Optional<String> org() {
        return claim(Roles.ORG_CLAIM);
    }

    /** The organization a contributor acts for; a token without one is out of scope. */
    public String requiredOrg() {
        return org().orElseThrow(() -> Problems.forbidden("The token carries no 'org' claim."));
    }

    /** The acronym of the RPPO the caller acts for; an RPPO token without one is out of scope. */
    public String rppo() {
        return claim(Roles.RPPO_CLAIM).orElseThrow(() -> Problems.forbidden("The token carries no 'rppo' claim."));
    }

    /** The expert id of an expert's token; an expert token without one is out of scope. */
    public long expertId() {
        return claim(Roles.EXPERT_ID_CLAIM)
                .flatMap(Caller::asLong)
                .orElseThrow(() -> Problems.forbidden("The token carries no numeric 'expert_id' claim."));
    }

    private static Optional<Long> asLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<String> claim(String name) {
        return Optional.ofNullable(token.<Object>getClaim(name)).map(Object::toString);
    }
}
