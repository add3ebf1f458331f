package org.ippc.ecommerce.registry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ippc.ecommerce.registry.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerifiedTokensTest {
    private final JWTParser parser;

    VerifiedTokensTest(JWTParser parser) {
        this.parser = parser;
    }

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
