package org.ippc.ecommerce.resources.vocabulary;

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

/**
 * The controlled vocabularies, from {@code vocabulary/vocabularies.properties}: the codes of each kind in their
 * order, and their names. The file is read once; a code without a name stops the build and the start-up.
 */
@ApplicationScoped
public class Vocabularies {
    private static final String FILE = "/vocabulary/vocabularies.properties";

    private final Map<Kind, List<TermView>> terms = read();

    public List<TermView> of(Kind kind) {
        return terms.get(kind);
    }

    public List<String> codes(Kind kind) {
        return of(kind).stream().map(TermView::code).toList();
    }

    public boolean contains(Kind kind, String code) {
        return of(kind).stream().anyMatch(term -> term.code().equals(code));
    }

    private static Map<Kind, List<TermView>> read() {
        Properties file = new Properties();
        try (InputStream in = Vocabularies.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Kind, List<TermView>> read = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            String codes = file.getProperty(kind.code());
            if (codes == null) {
                throw new IllegalStateException(FILE + " lists no " + kind.code() + " codes");
            }
            read.put(
                    kind,
                    Arrays.stream(codes.split(","))
                            .map(String::strip)
                            .map(code -> new TermView(code, nameOf(file, kind, code)))
                            .toList());
        }
        return read;
    }

    private static String nameOf(Properties file, Kind kind, String code) {
        String name = file.getProperty(kind.code() + "." + code);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException(FILE + " names no " + kind.code() + " " + code);
        }
        return name.strip();
    }
}
