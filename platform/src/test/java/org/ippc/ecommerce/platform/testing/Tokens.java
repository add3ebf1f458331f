package org.ippc.ecommerce.platform.testing;

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
import java.util.Map;
import java.util.Set;

/** Bearer tokens signed with the development key pair of deploy/dev-keys, as deploy/token mints them. */
public final class Tokens {
    public static final String DEV_ISSUER = "https://dev.ecommerce.ippc.invalid";
    private static final PrivateKey DEV_KEY = readKey(devKey());

    private Tokens() {}

    public static String secretariat() {
        return claims("secretariat").sign(DEV_KEY);
    }

    public static String nppo(String country) {
        return claims("nppo").claim("country", country).sign(DEV_KEY);
    }

    public static String rppo(String acronym) {
        return claims("rppo").claim("rppo", acronym).sign(DEV_KEY);
    }

    public static String contributor(String org) {
        return claims("contributor").claim("org", org).sign(DEV_KEY);
    }

    public static String expert(long expertId) {
        return claims("expert").claim("expert_id", expertId).sign(DEV_KEY);
    }

    public static String screener(String org) {
        return claims("screener").claim("org", org).sign(DEV_KEY);
    }

    /** A token of one role with the given claims as its scope, whatever they are: for the refusals of bad scopes. */
    public static String withScope(String role, Map<String, Object> scope) {
        JwtClaimsBuilder claims = claims(role);
        scope.forEach(claims::claim);
        return claims.sign(DEV_KEY);
    }

    /** A token of the secretariat that expires at the given time. */
    public static String secretariatExpiringAt(long epochSecond) {
        return claims("secretariat").expiresAt(epochSecond).sign(DEV_KEY);
    }

    /** A token of the secretariat signed with the given key instead of the dev key. */
    public static String secretariatSignedWith(PrivateKey key) {
        return claims("secretariat").sign(key);
    }

    public static String expiredSecretariat() {
        long anHourAgo = System.currentTimeMillis() / 1000 - 3600;
        return claims("secretariat")
                .issuedAt(anHourAgo - 600)
                .expiresAt(anHourAgo)
                .sign(DEV_KEY);
    }

    /** Every role at once, with every scope: the caller most likely to get past authorization to the input checks. */
    public static String everyRole() {
        return Jwt.issuer(DEV_ISSUER)
                .upn("every-role@ippc.invalid")
                .groups(Set.of("secretariat", "nppo", "rppo", "contributor", "expert", "screener"))
                .claim("country", "FR")
                .claim("rppo", "EPPO")
                .claim("org", "NPPO-FR")
                .claim("expert_id", 1)
                .sign(DEV_KEY);
    }

    /** The key of deploy/dev-keys, found from whichever module's folder the tests run in. */
    private static Path devKey() {
        Path key = Path.of("deploy/dev-keys/dev-private-key.pem");
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(key))) {
                return folder.resolve(key);
            }
        }
        throw new IllegalStateException("No " + key + " above " + Path.of("").toAbsolutePath());
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
