package org.ippc.ecommerce.platform;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Rows written to a table in one PostgreSQL {@code COPY ... FROM STDIN}, the fastest way in, for
 * bulk imports. Values are strings, numbers, instants, lists of strings (arrays) or null; they go
 * as CSV, so no value can break out of its field. The rows are written in the transaction of the
 * entity manager, after what Hibernate still holds.
 */
public final class CopyRows {
    private final String tableAndColumns;
    private final StringBuilder csv = new StringBuilder();
    private int count;

    /** For example {@code "trader (id, legal_name)"}. */
    public CopyRows(String tableAndColumns) {
        this.tableAndColumns = tableAndColumns;
    }

    public void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            appendField(values[i]);
        }
        csv.append('\n');
        count++;
    }

    public void copy(EntityManager entityManager) {
        if (count == 0) {
            return;
        }
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try {
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy " + tableAndColumns + " from stdin (format csv)",
                                new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void appendField(Object value) {
        switch (value) {
            case null -> {} // an unquoted empty field is NULL
            case Number number -> csv.append(number);
            case Instant instant -> csv.append(instant);
            case Collection<?> elements -> quoted(arrayLiteral(elements));
            default -> quoted(value.toString());
        }
    }

    private void quoted(String text) {
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }

    private static String arrayLiteral(Collection<?> elements) {
        StringBuilder array = new StringBuilder("{");
        for (Object element : elements) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append('"');
            String text = element.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    array.append('\\');
                }
                array.append(c);
            }
            array.append('"');
        }
        return array.append('}').toString();
    }
}
