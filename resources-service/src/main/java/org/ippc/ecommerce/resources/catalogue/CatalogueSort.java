package org.ippc.ecommerce.resources.catalogue;

import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The orders of the catalogue, newest or best first, each with its SQL sort key. */
enum CatalogueSort {
    POSTED(
            "posted",
            "published_at",
            "timestamptz",
            "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?[+-]\\d{2}(:\\d{2})?"),
    YEAR("year", "publication_year", "integer", "\\d{4}"),
    // Title matches rank above summary matches: a title match adds 1 to a rank below 1. Both ? are the search text.
    RELEVANCE(
            "relevance",
            "((case when title_search @@ cast(? as tsquery) then 1 else 0 end)"
                    + " + ts_rank(all_search, cast(? as tsquery)))::float8",
            "float8",
            "\\d{1,3}(\\.\\d{1,20})?(e-\\d{1,3})?");

    private final String code;
    private final String key;
    private final String keyType;
    private final Pattern keyFormat;

    CatalogueSort(String code, String key, String keyType, String keyFormat) {
        this.code = code;
        this.key = key;
        this.keyType = keyType;
        this.keyFormat = Pattern.compile(keyFormat);
    }

    /** Whether a cursor's key is one PostgreSQL wrote for this order (never SQL from elsewhere). */
    boolean accepts(String cursorKey) {
        return keyFormat.matcher(cursorKey).matches();
    }

    String code() {
        return code;
    }

    /** The SQL of the sort key, with a placeholder for the search text wherever it needs it. */
    String key() {
        return key;
    }

    /** The values of {@link #key()}'s placeholders: the search text (as a tsquery) once for each. */
    Object[] keyValues(Supplier<String> textQuery) {
        if (this != RELEVANCE) {
            return new Object[0];
        }
        String text = textQuery.get();
        return new Object[] {text, text};
    }

    String keyType() {
        return keyType;
    }

    static CatalogueSort of(String code, boolean hasText) {
        if (code == null) {
            return hasText ? RELEVANCE : POSTED;
        }
        CatalogueSort sort =
                switch (code) {
                    case "year" -> YEAR;
                    case "relevance" -> RELEVANCE;
                    default -> POSTED;
                };
        return sort == RELEVANCE && !hasText ? POSTED : sort;
    }
}
