package org.ippc.ecommerce.platform.testing;

import static io.restassured.RestAssured.given;

/** Counters as the service's /q/metrics (Prometheus text) says them now. */
public final class Counters {
    private Counters() {}

    /**
     * The sum of a counter's series whose labels contain {@code labels}. A sample may carry an exemplar after its
     * value ({@code ... 3.0 # {trace_id="..."} 1.0 1733443200.1}): the value is the first field after the labels.
     */
    public static double sum(String counter, String labels) {
        return given().get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line -> line.startsWith(counter + "{") && line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(
                        line.substring(line.indexOf("} ") + 2).split(" ")[0]))
                .sum();
    }
}
