package org.ippc.ecommerce.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A database that a released version of the service migrated, with history and idempotency rows in it, is
 * migrated by this version's migrations and keeps every one of those rows. Each service names the released
 * schemas: today's, and earlier ones whose upgrade changed these tables (their keys moved to a sequence). The shared tables stay in each
 * service's own migrations: they were created there by versions that databases in use have applied, and
 * moving them would change what Flyway validates on those databases.
 */
public abstract class MigrationUpgradeConventions {
    private static final String HISTORY = "select record_type, record_id, action, actor, actor_role, changes::text,"
            + " reason from record_history order by id";
    private static final String IDEMPOTENCY = "select idempotency_key, caller, request_hash, status, location,"
            + " response from idempotent_request order by idempotency_key";

    /** The last migration of each released schema that databases in use may have. */
    protected abstract List<String> releasedVersions();

    @Test
    void aDatabaseOfEachReleasedVersionUpgradesKeepingItsHistoryAndIdempotencyRows() throws SQLException {
        for (String released : releasedVersions()) {
            upgradeFrom(released);
        }
    }

    private void upgradeFrom(String releasedVersion) throws SQLException {
        PostgresDatabase database = new PostgresDatabase();
        Map<String, String> server = database.start();
        String url = server.get("quarkus.datasource.jdbc.url");
        String user = server.get("quarkus.datasource.username");
        String password = server.get("quarkus.datasource.password");
        try {
            migrations(url, user, password)
                    .target(MigrationVersion.fromVersion(releasedVersion))
                    .load()
                    .migrate();
            List<String> history;
            List<String> idempotency;
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                // Explicit keys, as the schema of either era takes them: an identity column or a sequence's.
                statement.execute("insert into record_history (id, record_type, record_id, action, actor, actor_role,"
                        + " at, changes, reason) overriding system value values (1, 'record', 7, 'created',"
                        + " 'officer@nppo.example', 'nppo', now(), '{\"name\": [null, \"Graines\"]}', null),"
                        + " (2, 'record', 7, 'suspended', 'officer@nppo.example', 'nppo',"
                        + " now(), '{\"status\": [\"active\", \"suspended\"]}', 'Seeds without certificates')");
                statement.execute("insert into idempotent_request (idempotency_key, caller, request_hash, status,"
                        + " location, response, created_at) values ('retry-1', 'officer@nppo.example',"
                        + " repeat('a', 64), 201, 'http://localhost/v1/records/7', '{\"id\": 7}', now())");
                history = rows(statement, HISTORY);
                idempotency = rows(statement, IDEMPOTENCY);
            }

            migrations(url, user, password).load().migrate();

            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                assertEquals(history, rows(statement, HISTORY), "history after upgrading from " + releasedVersion);
                assertEquals(idempotency, rows(statement, IDEMPOTENCY), "idempotency after " + releasedVersion);
                assertEquals(2, history.size());
            }
        } finally {
            database.stop();
        }
    }

    private static FluentConfiguration migrations(String url, String user, String password) {
        return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
    }

    private static List<String> rows(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(result.getString(column)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
