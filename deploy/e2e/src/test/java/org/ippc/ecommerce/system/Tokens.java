package org.ippc.ecommerce.system;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/** Bearer tokens signed with the development key pair of deploy/dev-keys, as deploy/token mints them. */
final class Tokens {
    private static final String DEV_ISSUER = "https://dev.ecommerce.ippc.invalid";
    private static final PrivateKey DEV_KEY = readKey(Path.of("../dev-keys/dev-private-key.pem"));

    private Tokens() {}

    static String secretariat() {
        return claims("secretariat").sign(DEV_KEY);
    }

    static String nppo(String country) {
        return claims("nppo").claim("country", country).sign(DEV_KEY);
    }

    static String rppo(String acronym) {
        return claims("rppo").claim("rppo", acronym).sign(DEV_KEY);
    }

    static String contributor(String org) {
        return claims("contributor").claim("org", org).sign(DEV_KEY);
    }

    static String expert(long expertId) {
        return claims("expert").claim("expert_id", expertId).sign(DEV_KEY);
    }

    static String screener(String org) {
        return claims("screener").claim("org", org).sign(DEV_KEY);
    }

    /** Every role at once, with every scope: the caller most likely to get past authorization to the input checks. */
    static String everyRole() {
        return Jwt.issuer(DEV_ISSUER)
                .upn("every-role@ippc.invalid")
                .groups(Set.of("secretariat", "nppo", "rppo", "contributor", "expert", "screener"))
                .claim("country", "FR")
                .claim("rppo", "EPPO")
                .claim("org", "NPPO-FR")
                .claim("expert_id", 1)
                .sign(DEV_KEY);
    }

    private static JwtClaimsBuilder claims(String role) {
        return Jwt.issuer(DEV_ISSUER).upn(role + "-test@ippc.invalid").groups(Set.of(role));
    }

    private static PrivateKey readKey(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----|\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
