package org.ippc.ecommerce.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * The platform's cache of verified tokens, a decorator of the JWT parser: it needs a running
 * service, so each service runs these tests as a {@code @QuarkusTest} subclass.
 */
public abstract class VerifiedTokensConventions {
    @Inject
    JWTParser parser;

    @Test
    void aTokenIsVerifiedOnceAndKeptUntilItExpires() throws Exception {
        long expiry = Instant.now().getEpochSecond() + 2;
        String bearer = Tokens.secretariatExpiringAt(expiry);

        JsonWebToken first = parser.parse(bearer);
        assertSame(first, parser.parse(bearer));

        while (Instant.now().getEpochSecond() <= expiry) {
            Thread.sleep(100);
        }
        // Past its expiry it is checked again (the verifier's clock skew still accepts it).
        JsonWebToken again = parser.parse(bearer);
        assertNotSame(first, again);
        assertEquals(first.getName(), again.getName());
    }

    @Test
    void anAlteredTokenIsCheckedEvenAfterTheOriginalWasKept() throws Exception {
        String bearer = Tokens.secretariat();
        parser.parse(bearer);
        int lastSignatureCharacter = bearer.length() - 2;
        char swapped = bearer.charAt(lastSignatureCharacter) == 'A' ? 'B' : 'A';
        String altered =
                bearer.substring(0, lastSignatureCharacter) + swapped + bearer.substring(lastSignatureCharacter + 1);

        assertThrows(ParseException.class, () -> parser.parse(altered));
    }
}
