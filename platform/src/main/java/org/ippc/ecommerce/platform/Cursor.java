package org.ippc.ecommerce.platform;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque keyset-pagination cursor: the sort key of the last item of the previous page. */
final class Cursor {
    private static final String PREFIX = "after:";

    private Cursor() {}

    static String of(long lastId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** The id to continue after; 0 for the first page. */
    static long afterId(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return Long.parseLong(decoded.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException invalid) {
            // falls through to the problem below
        }
        throw HttpProblem.builder()
                .withStatus(Status.BAD_REQUEST)
                .withTitle("Invalid cursor")
                .withDetail("The cursor is not one this service issued; start again without it.")
                .build();
    }
}
