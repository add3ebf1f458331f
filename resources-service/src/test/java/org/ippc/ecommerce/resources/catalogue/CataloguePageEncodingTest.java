package org.ippc.ecommerce.resources.catalogue;

import static io.restassured.RestAssured.given;
import static io.restassured.config.DecoderConfig.decoderConfig;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.ippc.ecommerce.resources.testing.Submissions;
import org.junit.jupiter.api.Test;

/** Catalogue pages as sent to clients that take gzip (every browser) and to those that do not. */
@QuarkusTest
class CataloguePageEncodingTest {
    @TestHTTPResource("/v1/resources")
    URI catalogue;

    @Inject
    CataloguePages pages;

    @Inject
    CatalogueRevision revision;

    /**
     * REST Assured asks for gzip itself unless told it decodes nothing, and unzips what it is sent (so that the
     * OpenAPI check reads the JSON); the raw bytes are read apart ({@link #raw}).
     */
    private static RequestSpecification asking(String acceptEncoding, String word) {
        RequestSpecification request = acceptEncoding.contains("gzip")
                ? given()
                : given().config(RestAssured.config()
                        .decoderConfig(decoderConfig().noContentDecoders()));
        return request.header("Accept-Encoding", acceptEncoding)
                .queryParam("q", word)
                .queryParam("limit", 5);
    }

    @Test
    void aClientThatTakesGzipGetsThePageGzippedWhetherSearchedOrKept() {
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        Submissions.published(Submissions.resource(word));
        Response plain = asking("identity", word).get("/v1/resources");
        plain.then()
                .statusCode(200)
                .header("Content-Encoding", nullValue())
                .header("Vary", containsString("Accept-Encoding"));
        byte[] json = plain.asByteArray();
        assertTrue(new String(json).contains("\"total\":2"), new String(json));

        // The first ask for gzip compresses the kept page on a worker; later asks are answered as kept.
        for (int ask = 0; ask < 4; ask++) {
            Response gzipped = asking("gzip, deflate, br", word).get("/v1/resources");
            gzipped.then()
                    .statusCode(200)
                    .header("Content-Encoding", "gzip")
                    .header("Vary", containsString("Accept-Encoding"))
                    .header("ETag", endsWith("-gzip\""))
                    .header("Cache-Control", containsString("max-age=60"));
            int sent = Integer.parseInt(gzipped.header("Content-Length"));
            assertTrue(sent < json.length, sent + " bytes gzipped, " + json.length + " not");
            assertArrayEquals(json, gzipped.asByteArray(), "ask " + ask);
            assertArrayEquals(json, gunzip(raw(word, "gzip")), "ask " + ask + ", as sent");
        }
        // And a client that does not take gzip still gets the JSON as it is.
        assertArrayEquals(json, raw(word, "identity"));
    }

    @Test
    void aKeptPageIsCompressedOnceOnTheFirstAskThatTakesGzip() {
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        String query = "q=" + word + "&limit=5";
        byte[] json = raw(word, "identity");
        for (int ask = 0; ask < 5; ask++) { // kept once asked a few times, with the test's small budget full
            raw(word, "identity");
        }
        long at = revision.current();
        assertArrayEquals(json, pages.kept(at, query, false));
        assertNull(pages.kept(at, query, true), "not compressed for clients that did not ask for it");

        byte[] gzipped = raw(word, "gzip");
        byte[] kept = pages.kept(at, query, true);
        assertArrayEquals(gzipped, kept);
        for (int ask = 0; ask < 3; ask++) {
            raw(word, "gzip");
            assertSame(kept, pages.kept(at, query, true), "compressed again at ask " + ask);
        }
    }

    /** The page's bytes as sent, not unzipped. */
    private byte[] raw(String word, String acceptEncoding) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(catalogue + "?q=" + word + "&limit=5"))
                .header("Accept-Encoding", acceptEncoding)
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSearchFirstAskedWithGzipKeepsItsPlainJsonForOtherClients() {
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        byte[] gzipped = raw(word, "gzip");
        assertArrayEquals(raw(word, "identity"), gunzip(gzipped));
    }

    @Test
    void gzipRefusedByNameIsNotSent() {
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        for (String refusing : new String[] {"gzip;q=0, *", "deflate, br", ""}) {
            asking(refusing, word)
                    .get("/v1/resources")
                    .then()
                    .statusCode(200)
                    .header("Content-Encoding", nullValue())
                    .header("ETag", not(endsWith("-gzip\"")));
        }
    }

    @Test
    void eachEncodingIsRevalidatedUnderItsOwnETag() {
        String word = Submissions.uniqueWord();
        Submissions.published(Submissions.resource(word));
        String gzipTag = asking("gzip", word).get("/v1/resources").header("ETag");
        String plainTag = asking("identity", word).get("/v1/resources").header("ETag");
        assertEquals(gzipTag, plainTag.replaceFirst("\"$", "-gzip\""));

        asking("gzip", word)
                .header("If-None-Match", gzipTag)
                .get("/v1/resources")
                .then()
                .statusCode(304)
                .header("ETag", gzipTag)
                .header("Vary", containsString("Accept-Encoding"))
                .header("Content-Encoding", nullValue());
        asking("identity", word)
                .header("If-None-Match", plainTag)
                .get("/v1/resources")
                .then()
                .statusCode(304)
                .header("ETag", plainTag)
                .header("Vary", containsString("Accept-Encoding"));
        // The plain page's ETag does not validate the gzipped bytes, nor the other way round.
        asking("gzip", word)
                .header("If-None-Match", plainTag)
                .get("/v1/resources")
                .then()
                .statusCode(200);
        asking("identity", word)
                .header("If-None-Match", gzipTag)
                .get("/v1/resources")
                .then()
                .statusCode(200);
        asking("identity", word)
                .header("If-None-Match", plainTag)
                .get("/v1/resources")
                .then()
                .statusCode(304);
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
