package org.ippc.ecommerce.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A fresh, throwaway PostgreSQL database for one test run, dropped when the run ends. The server
 * is, in this order: the one named by PGHOST/PGPORT/PGUSER/PGPASSWORD; the one on localhost:5432;
 * a Testcontainers PostgreSQL where Docker is available.
 *
 * <p>Each service registers it for all its tests (its {@code testing.TestDatabase}): they share one
 * application and one database.
 */
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {
    private static final String LOCAL_SERVER = "jdbc:postgresql://localhost:5432/";

    private PostgreSQLContainer container;
    private Server server;
    private String database;

    @Override
    public Map<String, String> start() {
        server = fromEnvironment().or(PostgresDatabase::localServer).orElseGet(this::containerServer);
        database = "ippc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.execute("create database " + database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.url() + database,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            server.execute("drop database if exists " + database + " with (force)");
        }
        if (container != null) {
            container.stop();
        }
    }

    private static Optional<Server> fromEnvironment() {
        String host = System.getenv("PGHOST");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String port = Optional.ofNullable(System.getenv("PGPORT")).orElse("5432");
        return Optional.of(new Server(
                "jdbc:postgresql://%s:%s/".formatted(host, port),
                Optional.ofNullable(System.getenv("PGUSER")).orElse("postgres"),
                Optional.ofNullable(System.getenv("PGPASSWORD")).orElse("")));
    }

    private static Optional<Server> localServer() {
        Server local = new Server(LOCAL_SERVER, "postgres", "");
        return local.reachable() ? Optional.of(local) : Optional.empty();
    }

    private Server containerServer() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("No PostgreSQL for the tests: set PGHOST (and PGPORT, PGUSER, PGPASSWORD),"
                    + " run one on localhost:5432, or make Docker available for Testcontainers.");
        }
        container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        String url = container.getJdbcUrl();
        return new Server(url.substring(0, url.lastIndexOf('/') + 1), container.getUsername(), container.getPassword());
    }

    private record Server(String url, String user, String password) {
        boolean reachable() {
            DriverManager.setLoginTimeout(2);
            try (Connection ignored = DriverManager.getConnection(url + "postgres", user, password)) {
                return true;
            } catch (SQLException unreachable) {
                return false;
            }
        }

        void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(url + "postgres", user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
            }
        }
    }
}
