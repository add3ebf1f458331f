package org.ippc.ecommerce.resources.catalogue;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque cursor of the catalogue: the order and the sort key and id of the last item shown. */
record CatalogueCursor(String sort, String key, long id) {
    private static final String SEPARATOR = "\n";

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        String.join(SEPARATOR, sort, key, String.valueOf(id)).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, which must have been issued for the same order; null for the first page. */
    static CatalogueCursor decode(String cursor, CatalogueSort sort) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR);
            if (parts.length == 3 && parts[0].equals(sort.code()) && sort.accepts(parts[1])) {
                return new CatalogueCursor(parts[0], parts[1], Long.parseLong(parts[2]));
            }
        } catch (IllegalArgumentException invalid) {
            // falls through to the problem below
        }
        throw HttpProblem.builder()
                .withStatus(Status.BAD_REQUEST)
                .withTitle("Invalid cursor")
                .withDetail("The cursor is not one this service issued for this order; start again without it.")
                .build();
    }
}
