package org.ippc.ecommerce.system;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Bounds every REST Assured call of the system tests in time, so that a service that stops answering fails the test
 * instead of hanging it. Registered for every test class (META-INF/services, with the extensions' autodetection on in
 * junit-platform.properties), so that no test's first call comes before it.
 */
public final class BoundedHttp implements BeforeAllCallback {
    private static final Duration CONNECTING = Duration.ofSeconds(5);
    private static final Duration ANSWERING = Duration.ofSeconds(60);

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.config = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", (int) CONNECTING.toMillis())
                        .setParam("http.socket.timeout", (int) ANSWERING.toMillis()));
    }
}
