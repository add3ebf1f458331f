package org.ippc.ecommerce.network.conventions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.IdempotencyKeyExpiry;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key is kept 24 hours: a retry within them replays, after them it is a new request. */
@QuarkusTest
class IdempotencyKeyExpiryTest {
    private static final Map<String, Object> GAP = Map.of(
            "topic",
            "Guidance on soil in parcels",
            "topics",
            List.of("postal-courier"),
            "description",
            "Nothing for couriers on growing media.",
            "languages",
            List.of("fr"),
            "regions",
            List.of("EPPO"),
            "priority",
            "medium");

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyKeyExpiry expiry;

    private String propose(String key) {
        return given().auth()
                .oauth2(Tokens.secretariat())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(GAP)
                .post("/v1/gaps")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    private void age(String key, String interval) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update idempotent_request set created_at = now() - cast(?1 as interval)"
                        + " where idempotency_key = ?2")
                .setParameter(1, interval)
                .setParameter(2, key)
                .executeUpdate());
    }

    private long kept(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                        .createNativeQuery("select count(*) from idempotent_request where idempotency_key = ?1")
                        .setParameter(1, key)
                        .getSingleResult())
                .longValue());
    }

    @Test
    void aRetryWithinTheDayReplaysAndAfterItCreatesAnew() {
        String key = UUID.randomUUID().toString();
        String first = propose(key);
        age(key, "23 hours");
        assertEquals(first, propose(key));
        age(key, "25 hours");
        assertNotEquals(first, propose(key));
    }

    @Test
    void thePurgeDeletesExpiredKeysOnly() {
        String expired = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        propose(expired);
        propose(fresh);
        age(expired, "25 hours");

        expiry.purge();

        assertEquals(0, kept(expired));
        assertEquals(1, kept(fresh));
    }
}
