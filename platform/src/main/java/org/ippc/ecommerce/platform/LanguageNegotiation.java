package org.ippc.ecommerce.platform;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Which of the six official languages an answer is written in, from the caller's {@code Accept-Language}, and the
 * headers that say so. A caller who accepts none of the six, or sends a header that cannot be read, is answered in
 * English: RFC 9110 lets a server ignore the header rather than refuse the request.
 */
public final class LanguageNegotiation {
    public static final String ENGLISH = "en";

    private LanguageNegotiation() {}

    /** The first official language among the caller's ranges, by weight ({@code fr-CA} is French). */
    public static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().equals("*"))
                    .toList();
            String chosen = Locale.lookupTag(ranges, OfficialLanguage.CODES);
            return chosen == null ? ENGLISH : chosen;
        } catch (IllegalArgumentException unreadable) {
            return ENGLISH;
        }
    }

    /** The first of a person's languages that is an official one, else English: the language to write to them in. */
    public static String firstOfficial(List<String> languages) {
        return languages.stream()
                .filter(OfficialLanguage.CODES::contains)
                .findFirst()
                .orElse(ENGLISH);
    }

    /**
     * A 200 in {@code language}: {@code Content-Language} names it, and {@code Vary} tells caches that another
     * {@code Accept-Language} gets another answer.
     */
    public static <T> RestResponse.ResponseBuilder<T> ok(String language, T body) {
        return RestResponse.ResponseBuilder.ok(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
