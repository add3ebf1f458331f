package org.ippc.ecommerce.resources.vocabulary;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ippc.ecommerce.platform.TermView;
import org.ippc.ecommerce.platform.Translations;

/**
 * The controlled vocabularies: the codes of each kind in their order, from {@code vocabulary/vocabularies.properties},
 * and their names in the six languages, from {@code i18n/vocabulary_<language>.properties}. The files are read once; a
 * code without an English name stops the build and the start-up. Read at start-up, since validation reads them on
 * the event loop too (the catalogue's search), where no request may wait for a file.
 */
@Startup
@ApplicationScoped
public class Vocabularies {
    private static final String FILE = "/vocabulary/vocabularies.properties";

    private final Map<Kind, List<String>> codes = read();
    private final Translations names = namesOf(codes);

    /** The terms of {@code kind} named in {@code language}, or in English where it has no translation. */
    public List<TermView> of(Kind kind, String language) {
        return codes(kind).stream()
                .map(code -> TermView.of(code, names.text(kind.code() + "." + code, language)))
                .toList();
    }

    public List<String> codes(Kind kind) {
        return codes.get(kind);
    }

    public boolean contains(Kind kind, String code) {
        return codes(kind).contains(code);
    }

    private static Map<Kind, List<String>> read() {
        Properties file = new Properties();
        try (InputStream in = Vocabularies.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Kind, List<String>> read = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            String codes = file.getProperty(kind.code());
            if (codes == null) {
                throw new IllegalStateException(FILE + " lists no " + kind.code() + " codes");
            }
            read.put(kind, Arrays.stream(codes.split(",")).map(String::strip).toList());
        }
        return read;
    }

    private static Translations namesOf(Map<Kind, List<String>> codes) {
        Translations names = Translations.of("vocabulary");
        codes.forEach((kind, ofKind) -> ofKind.stream()
                .filter(code -> !names.has(kind.code() + "." + code))
                .findFirst()
                .ifPresent(code -> {
                    throw new IllegalStateException(
                            "i18n/vocabulary_en.properties names no " + kind.code() + " " + code);
                }));
        return names;
    }
}
