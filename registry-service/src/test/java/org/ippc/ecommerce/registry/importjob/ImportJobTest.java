package org.ippc.ecommerce.registry.importjob;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportJobTest {
    private static final String HEADER =
            "registrationNumber,legalName,countryCode,contactEmail,websites,productClasses\n";

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportJobHousekeeping housekeeping;

    private static String tag() {
        return "j" + UUID.randomUUID().toString().substring(0, 7);
    }

    private static String line(String name, String country, String site) {
        return ",%s,%s,trade@%s,%s,seeds\n".formatted(name, country, site, site);
    }

    private static ExtractableResponse<Response> submit(String country, String csv, String query) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/v1/trader-imports" + query)
                .then()
                .extract();
    }

    /** Polls the job at its address until it ends. */
    private static JsonPath awaitEnd(String country, String location) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonPath job = given().auth()
                    .oauth2(Tokens.nppo(country))
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!job.getString("status").equals("queued")
                    && !job.getString("status").equals("running")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the job at " + location + " did not end within 60 s");
    }

    @Test
    void aJobIsAcceptedAtOnceThenReportsItsCountsAndEveryLine() {
        String t = tag();
        String csv = HEADER
                + line("Alpha " + t, "FR", "alpha-" + t + ".example")
                + line("Beta " + t, "FR", "beta-" + t + ".example")
                + line("Gamma " + t, "FR", "gamma-" + t + ".example");
        ExtractableResponse<Response> accepted = submit("FR", csv, "");
        assertEquals(202, accepted.statusCode(), accepted.asString());
        String location = accepted.header("Location");
        long id = accepted.jsonPath().getLong("id");
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get(location)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id));
        assertThat(location, endsWith("/v1/trader-imports/" + id));

        JsonPath job = awaitEnd("FR", location);
        assertEquals("finished", job.getString("status"));
        assertEquals(3, job.getInt("linesRead"));
        assertEquals(3, job.getInt("linesChecked"));
        assertEquals(3, job.getInt("linesWritten"));
        assertEquals(3, job.getInt("created"));
        assertEquals(true, job.getBoolean("written"));

        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get(job.getString("lines"))
                .then()
                .statusCode(200)
                .body("items.line", contains(2, 3, 4))
                .body("items.outcome", everyItem(equalTo("created")))
                .body("items.registrationNumber", everyItem(matchesPattern("FR-[0-9]{7}")))
                .body("next", nullValue());
        // Written as the NPPO that submitted the job, not as nobody: the job runs with its submitter's identity.
        String number = given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get(job.getString("lines"))
                .then()
                .extract()
                .path("items[0].registrationNumber");
        given().queryParam("registrationNumber", number)
                .get("/v1/verification")
                .then()
                .body("known", equalTo(true));
        long traderId = given().auth()
                .oauth2(Tokens.nppo("FR"))
                .queryParam("q", "Alpha " + t)
                .get("/v1/traders")
                .then()
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get("/v1/traders/{id}/history", traderId)
                .then()
                .body("[0].action", equalTo("imported"))
                .body("[0].actor", equalTo(job.getString("submittedBy")))
                .body("[0].actorRole", equalTo("nppo"));
    }

    @Test
    void aRejectedLineWritesNothingAndIsListedWithItsReason() {
        String t = tag();
        String csv = HEADER
                + line("Delta " + t, "FR", "delta-" + t + ".example")
                + line("Epsilon " + t, "DE", "epsilon-" + t + ".example");
        ExtractableResponse<Response> accepted = submit("FR", csv, "");
        assertEquals(202, accepted.statusCode(), accepted.asString());
        JsonPath job = awaitEnd("FR", accepted.header("Location"));
        assertEquals("finished", job.getString("status"));
        assertEquals(false, job.getBoolean("written"));
        assertEquals(1, job.getInt("rejected"));
        assertEquals(0, job.getInt("linesWritten"));
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .queryParam("outcome", "rejected")
                .get(job.getString("lines"))
                .then()
                .body("items.line", contains(3))
                .body("items[0].column", equalTo("countryCode"))
                .body("items[0].reason", containsString("only traders established in FR"));
        given().queryParam("url", "delta-" + t + ".example")
                .get("/v1/verification")
                .then()
                .body("known", equalTo(false));

        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .queryParam("limit", 1)
                .get(job.getString("lines"))
                .then()
                .body("items.line", contains(2))
                .body("next", notNullValue());
    }

    @Test
    void aFileWithUnknownColumnsIsRefusedBeforeAnyJob() {
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .contentType("text/csv")
                .body("legalName,colour\nA,red\n")
                .post("/v1/trader-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Unknown columns [colour]"));
    }

    @Test
    void onlyTheNppoThatSubmittedAJobReadsIt() {
        String t = tag();
        String location = submit("FR", HEADER + line("Zeta " + t, "FR", "zeta-" + t + ".example"), "?dryRun=true")
                .header("Location");
        awaitEnd("FR", location);
        given().auth().oauth2(Tokens.nppo("BE")).get(location).then().statusCode(403);
        given().auth().oauth2(Tokens.nppo("BE")).get(location + "/lines").then().statusCode(403);
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get("/v1/trader-imports/987654321")
                .then()
                .statusCode(404);
    }

    @Test
    void aJobWhoseHeartbeatStoppedIsMarkedFailed() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.country = "FR";
            job.submittedBy = "a replica that was killed";
            job.submittedAt = Instant.now().minus(Duration.ofHours(1));
            job.heartbeatAt = job.submittedAt;
            job.status = ImportJobStatus.RUNNING;
            jobs.persist(job);
            return job.id;
        });
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get("/v1/trader-imports/{id}/lines", id)
                .then()
                .statusCode(409);
        housekeeping.sweep();
        given().auth()
                .oauth2(Tokens.nppo("FR"))
                .get("/v1/trader-imports/{id}", id)
                .then()
                .body("status", equalTo("failed"))
                .body("failure", equalTo(ImportJobHousekeeping.INTERRUPTED))
                .body("finishedAt", notNullValue());
    }
}
