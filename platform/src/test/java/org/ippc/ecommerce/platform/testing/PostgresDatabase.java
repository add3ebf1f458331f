package org.ippc.ecommerce.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, throwaway PostgreSQL database for one test run, on the {@link PostgresServer} the tests find, dropped
 * when the run ends.
 *
 * <p>Each service registers it for all its tests (its {@code testing.TestDatabase}): they share one
 * application and one database.
 */
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {
    private PostgresServer server;
    private String database;

    @Override
    public Map<String, String> start() {
        server = PostgresServer.find();
        database = "ippc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.execute("create database " + database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.url(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            server.execute("drop database if exists " + database + " with (force)");
        }
        server.stop();
    }
}
