package org.ippc.ecommerce.platform;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production instance that trusts the development key pair kept under
 * {@code deploy/dev-keys}: anyone with the repository could mint tokens for it.
 */
@ApplicationScoped
class DevKeyGuard {
    static final String DEV_ISSUER = "https://dev.ecommerce.ippc.invalid";
    // SHA-256 of the DER encoding of deploy/dev-keys/dev-public-key.pem.
    static final String DEV_KEY_SHA256 = "c2b1ca4d7684bff0e1fcac206518e6ac800ad44fd6561520224027526d3ebc04";

    void onStart(
            @Observes StartupEvent event,
            Config config,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String keyLocation) {
        if (!config.unwrap(SmallRyeConfig.class).getProfiles().contains("prod")) {
            return;
        }
        if (DEV_ISSUER.equals(issuer) || isDevKey(Path.of(keyLocation))) {
            throw new IllegalStateException("Refusing to start in production with the development JWT issuer or key"
                    + " (deploy/dev-keys). Set JWT_ISSUER and JWT_PUBLIC_KEY_LOCATION to your identity provider.");
        }
    }

    static boolean isDevKey(Path location) {
        if (!Files.isRegularFile(location)) {
            return false; // a JWKS URL or a classpath resource: not the dev PEM file
        }
        try {
            String base64 = Files.readString(location).replaceAll("-----[A-Z ]+-----|\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return DEV_KEY_SHA256.equals(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            return false; // not a PEM file at all; the JWT layer reports that
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
