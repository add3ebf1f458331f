package org.ippc.ecommerce.platform;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The addresses that asked for no more notifications. Every mail carries a link with its address and a token, an
 * HMAC of the address under {@code ippc.mail.opt-out-secret}: only a recipient can opt an address out.
 */
@IfBuildProperty(name = MailOutbox.ENABLED, stringValue = "true")
@ApplicationScoped
public class MailOptOuts {
    private final EntityManager entityManager;
    private final byte[] secret;

    MailOptOuts(EntityManager entityManager, @ConfigProperty(name = "ippc.mail.opt-out-secret") String secret) {
        this.entityManager = entityManager;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String tokenFor(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(normalized(address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opts the address out (stored in lower case); a token that is not the address's is a 403 and changes nothing. */
    @Transactional
    public void optOut(String address, String token) {
        byte[] expected = tokenFor(address).getBytes(StandardCharsets.UTF_8);
        if (token == null || !MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))) {
            throw Problems.forbidden("This link does not opt out that address.");
        }
        entityManager
                .createNativeQuery("insert into mail_opt_out (address) values (?1) on conflict do nothing")
                .setParameter(1, normalized(address))
                .executeUpdate();
    }

    private static String normalized(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
