package org.ippc.ecommerce.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.system.RunningSystem.Service;
import org.junit.jupiter.api.Test;

/**
 * An import job whose service is killed (SIGKILL) while it writes: after the restart the job is reported failed,
 * and none of its lines was written.
 */
class ImportJobCrashTest {
    private static final int LINES = 60_000;

    @Test
    void aJobCutOffByACrashIsFailedAfterTheRestartAndWroteNothing() throws SQLException {
        RunningSystem system = RunningSystem.get();
        String registry = system.url(Service.REGISTRY);
        String tag = "crash" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("legalName,countryCode,contactEmail,websites,productClasses\n");
        for (int i = 0; i < LINES; i++) {
            csv.append("%s %d,FR,trade@%s-%d.example,%s-%d.example,seeds\n".formatted(tag, i, tag, i, tag, i));
        }
        String location = given().auth()
                .oauth2(Tokens.nppo("FR"))
                .contentType("text/csv")
                .body(csv.toString())
                .post(registry + "/v1/trader-imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");

        JsonPath writing = await(location, job -> job.getInt("linesWritten") > 0, "writing");
        assertEquals("running", writing.getString("status"));
        assertEquals(LINES, writing.getInt("linesChecked"));
        system.kill(Service.REGISTRY);
        system.start(Service.REGISTRY);

        JsonPath failed = await(location, job -> !job.getString("status").equals("running"), "marked failed");
        assertEquals("failed", failed.getString("status"), failed.prettify());
        assertEquals(0, tradersNamed(system, tag), "traders of the killed job were written");
    }

    private static JsonPath await(String location, Predicate<JsonPath> condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonPath job = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                job = given().auth()
                        .oauth2(Tokens.nppo("FR"))
                        .get(location)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                if (condition.test(job)) {
                    return job;
                }
            } catch (Exception notListeningYet) {
                // while the service restarts
            }
            RunningSystem.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("The job was not " + what + " within 120 s: " + (job == null ? "" : job.prettify()));
    }

    private static long tradersNamed(RunningSystem system, String tag) throws SQLException {
        try (Connection connection = system.connect(system.database(Service.REGISTRY));
                ResultSet count = connection
                        .createStatement()
                        .executeQuery("select count(*) from trader where legal_name like '" + tag + " %'")) {
            count.next();
            return count.getLong(1);
        }
    }
}
