package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevKeyGuardTest {

    @Test
    void recognisesTheDevelopmentKeyOfTheRepository() {
        assertTrue(DevKeyGuard.isDevKey(Path.of("../deploy/dev-keys/dev-public-key.pem")));
    }

    @Test
    void acceptsAnyOtherKeyAndKeysItCannotRead(@TempDir Path dir) throws IOException, NoSuchAlgorithmException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Path production = Files.writeString(dir.resolve("production.pem"), pem);

        assertFalse(DevKeyGuard.isDevKey(production));
        assertFalse(DevKeyGuard.isDevKey(Path.of("https://idp.example.org/realms/ippc/protocol/openid-connect/certs")));
        assertFalse(DevKeyGuard.isDevKey(Files.writeString(dir.resolve("garbage.pem"), "not a key")));
    }
}
