package org.ippc.ecommerce.resources.catalogue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;

/**
 * A catalogue statement with positional parameters, built a fragment at a time with the values of the fragment's
 * placeholders, and run on the session's connection straight through JDBC: Hibernate's native-query machinery
 * cost a search that runs more CPU than reading the few columns itself (deploy/BENCHMARKS.md, row 5).
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

    <T> List<T> list(Session session, RowReader<T> reader) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
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
            }
        });
    }
}
