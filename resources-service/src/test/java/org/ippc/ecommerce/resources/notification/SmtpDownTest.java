package org.ippc.ecommerce.resources.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.resources.testing.NetworkStub;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With the SMTP server down, the review goes on and its mails wait in the outbox, retried. */
@QuarkusTest
@TestProfile(SmtpDownTest.NoSmtpServer.class)
class SmtpDownTest {

    public static class NoSmtpServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.mailer.mock", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", String.valueOf(closedPort()),
                    "quarkus.mailer.start-tls", "DISABLED");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    EntityManager entityManager;

    @AfterEach
    void networkBack() {
        NetworkStub.reset();
    }

    @Test
    void theDecisionIsTakenAndItsMailIsRetriedNotLost() throws InterruptedException {
        String address = "no-smtp-" + Submissions.uniqueWord() + "@kephis.invalid";
        Map<String, Object> resource = Submissions.resource(Submissions.uniqueWord());
        resource.put("contactEmail", address);
        long id = Submissions.accepted(resource);
        assertEquals("accepted", Submissions.status(id));

        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        Object[] row = outboxRow(address);
        while ((row == null || ((Number) row[0]).intValue() < 2)
                && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            row = outboxRow(address);
        }
        assertNotNull(row, "the decision's mail is in the outbox");
        assertTrue(((Number) row[0]).intValue() >= 2, "it was tried again");
        assertNotNull(row[1], "the SMTP error is kept");
        assertNull(row[2], "it is not marked sent");
    }

    private Object[] outboxRow(String address) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager
                    .createNativeQuery("select attempts, last_error, sent_at from mail_outbox where address = ?1")
                    .setParameter(1, address)
                    .getResultList();
            return rows.isEmpty() ? null : rows.getFirst();
        });
    }
}
