package org.ippc.ecommerce.platform;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows written to a table in one PostgreSQL {@code COPY ... FROM STDIN}, the fastest way in, for
 * bulk imports. Values are strings, numbers, instants, lists of strings (arrays) or null; they go
 * as CSV, so no value can break out of its field. The rows are written in the transaction of the
 * entity manager, after what Hibernate still holds.
 *
 * <p>Rows are sent as they are added, so that PostgreSQL inserts the first while the next are still being made (on
 * another core) and no chunk of an import is held whole in memory. While the copy is open, its connection runs
 * nothing else: {@link Filler} must not query.
 */
public final class CopyRows {
    /** Adds the rows of one copy. */
    @FunctionalInterface
    public interface Filler {
        void fill(CopyRows rows);
    }

    private static final int BUFFER = 64 * 1024;

    private final PGConnection connection;
    private final String sql;
    private final StringBuilder row = new StringBuilder(512);
    private PGCopyOutputStream copy;
    private Writer out;

    private CopyRows(PGConnection connection, String sql) {
        this.connection = connection;
        this.sql = sql;
    }

    /**
     * Copies the rows the filler adds into a table, for example {@code "trader (id, legal_name)"}. The copy opens
     * with the first row: no rows, no statement.
     */
    public static void copy(EntityManager entityManager, String tableAndColumns, Filler filler) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            CopyRows rows = new CopyRows(
                    connection.unwrap(PGConnection.class), "copy " + tableAndColumns + " from stdin (format csv)");
            try {
                filler.fill(rows);
                rows.end();
            } finally {
                if (rows.copy != null && rows.copy.isActive()) {
                    rows.copy.cancelCopy();
                }
            }
        });
    }

    public void add(Object... values) {
        row.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            appendField(values[i]);
        }
        row.append('\n');
        try {
            if (out == null) {
                copy = new PGCopyOutputStream(connection, sql, BUFFER);
                out = new OutputStreamWriter(copy, StandardCharsets.UTF_8);
            }
            out.append(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY could not start: " + sql, e);
        }
    }

    private void end() throws SQLException {
        if (out == null) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copy.endCopy();
    }

    private void appendField(Object value) {
        switch (value) {
            case null -> {} // an unquoted empty field is NULL
            case Number number -> row.append(number);
            case Instant instant -> row.append(instant);
            case Collection<?> elements -> quoted(arrayLiteral(elements));
            default -> quoted(value.toString());
        }
    }

    private void quoted(String text) {
        row.append('"');
        int from = 0;
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', from)) {
            row.append(text, from, quote + 1).append('"');
            from = quote + 1;
        }
        row.append(text, from, text.length()).append('"');
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
