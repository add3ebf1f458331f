package org.ippc.ecommerce.platform;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, with a 403 and before anything is read or written, a token whose role lacks its scope
 * claim or carries one that names nothing real: an NPPO without an ISO country, an RPPO that is
 * not one of the ten, an organization of "*" or of blanks, an expert id that is not a number.
 * The rules of each service then rely on the claims being what the README's table of tokens says.
 */
class ScopeClaims {
    /** The ten regional plant protection organizations (network-service keeps their members). */
    static final Set<String> RPPOS =
            Set.of("APPPC", "CAHFSA", "CAN", "COSAVE", "EPPO", "IAPSC", "NAPPO", "NEPPO", "OIRSA", "PPPO");

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    /** A name with a letter or digit in it, without control characters, at most 200 characters. */
    private static final Pattern ORGANIZATION = Pattern.compile("(?=.*[\\p{L}\\p{N}])[^\\p{Cntrl}]{1,200}");

    private static final Pattern EXPERT_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final JsonWebToken token;

    ScopeClaims(JsonWebToken token) {
        this.token = token;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    void requireValidScope() {
        Set<String> roles = token.getRawToken() == null ? null : token.getGroups();
        if (roles == null) {
            return;
        }
        if (roles.contains(Roles.NPPO)) {
            require(Roles.COUNTRY_CLAIM, COUNTRIES::contains, "an ISO 3166-1 alpha-2 country code in upper case");
        }
        if (roles.contains(Roles.RPPO)) {
            require(Roles.RPPO_CLAIM, RPPOS::contains, "the acronym of one of the ten RPPOs, e.g. EPPO");
        }
        if (roles.contains(Roles.CONTRIBUTOR) || roles.contains(Roles.SCREENER)) {
            require(
                    Roles.ORG_CLAIM,
                    value -> ORGANIZATION.matcher(value).matches()
                            && value.strip().equals(value),
                    "the name of the caller's organization");
        }
        if (roles.contains(Roles.EXPERT)) {
            require(Roles.EXPERT_ID_CLAIM, value -> EXPERT_ID.matcher(value).matches(), "a positive whole number");
        }
    }

    private void require(String claim, Predicate<String> valid, String expected) {
        Optional<String> value = scalar(token.getClaim(claim));
        if (value.isEmpty() || !valid.test(value.get())) {
            throw HttpProblem.builder()
                    .withStatus(403)
                    .withTitle("Forbidden")
                    .withDetail("The token's '%s' claim must be %s.".formatted(claim, expected))
                    .build();
        }
    }

    /** A claim's value when it is one string or number; empty when missing, a list or an object. */
    private static Optional<String> scalar(Object claim) {
        return switch (claim) {
            case String text -> Optional.of(text);
            case JsonString text -> Optional.of(text.getString());
            case JsonNumber number
            when number.isIntegral() -> Optional.of(number.bigIntegerValue().toString());
            case Long number -> Optional.of(number.toString());
            case Integer number -> Optional.of(number.toString());
            case null, default -> Optional.empty();
        };
    }
}
