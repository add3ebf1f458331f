package org.ippc.ecommerce.resources.catalogue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * A catalogue statement with positional parameters, built a fragment at a time with the values of the fragment's
 * placeholders, and run straight through JDBC: Hibernate's native-query machinery cost a search that runs more CPU
 * than reading the few columns itself (deploy/BENCHMARKS.md, row 5).
 *
 * <p>Each statement takes a connection from the pool and gives it back itself, not through the request's Hibernate
 * session: a search runs on a worker thread and goes on when its client has left, after the request's context, and
 * the session with it, has ended. Through the session, such searches never gave their connections back.
 */
final class Sql {
    /** Reads one row of the result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    Sql add(String fragment, Object... fragmentValues) {
        text.append(fragment);
        values.addAll(Arrays.asList(fragmentValues));
        return this;
    }

    <T> List<T> list(DataSource database, RowReader<T> reader) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(text.toString())) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet results = statement.executeQuery()) {
                while (results.next()) {
                    rows.add(reader.read(results));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("A catalogue statement failed: " + text, e);
        }
    }
}
