package org.ippc.ecommerce.resources.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {
    @ParameterizedTest(name = "[{0}] takes gzip: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "gzip, deflate, br, zstd | true", // what browsers send
                "GZIP | true",
                "x-gzip | true",
                "br;q=1.0, gzip;q=0.8 | true",
                "gzip ; q=0.001 | true",
                "* | true",
                "identity, *;q=0.5 | true",
                "gzip;q=0, * | false", // refused by name: * does not bring it back
                "gzip;q=0.0 | false",
                "*;q=0 | false",
                "deflate, br | false",
                "identity | false",
                "'' | false",
                "gzip;q=high | false", // a weight that cannot be read sends nothing against it
                "gzip;q= | false",
                "gzip; Q = 0 | false",
                "identity;q=0, gzip | true"
            })
    void readsWhatTheClientTakes(String header, boolean takesGzip) {
        assertEquals(takesGzip, AcceptEncoding.allowsGzip(List.of(header)));
    }

    @Test
    void noHeaderTakesOnlyTheIdentity() {
        assertFalse(AcceptEncoding.allowsGzip(List.of()));
    }

    @Test
    void headerLinesAreOneList() {
        assertTrue(AcceptEncoding.allowsGzip(List.of("identity", "gzip, deflate")));
        assertFalse(AcceptEncoding.allowsGzip(List.of("*", "gzip;q=0")));
    }
}
