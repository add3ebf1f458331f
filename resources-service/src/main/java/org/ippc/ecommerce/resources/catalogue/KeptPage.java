package org.ippc.ecommerce.resources.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * A catalogue page as the JSON sent, and gzipped once for the clients that take gzip: browsers all do, and a page
 * of 20 resources (25 KB, each title and summary in six languages) is 5 KB gzipped. Compressed on the first ask
 * for it, not when searched, so that a search asked only by clients that do not take gzip costs no compression.
 */
final class KeptPage {
    private final byte[] json;
    private volatile byte[] gzipped;

    KeptPage(byte[] json) {
        this.json = json;
    }

    byte[] json() {
        return json;
    }

    /** The gzipped JSON, compressed now if no ask compressed it before: for a worker thread, not the event loop. */
    byte[] gzipped() {
        byte[] compressed = gzipped;
        if (compressed == null) {
            compressed = gzip(json); // two first asks at once may both compress: the same bytes, and rare
            gzipped = compressed;
        }
        return compressed;
    }

    /** The gzipped JSON if an ask has compressed it already; null otherwise. */
    byte[] gzippedIfReady() {
        return gzipped;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown by a stream in memory
        }
        return out.toByteArray();
    }
}
