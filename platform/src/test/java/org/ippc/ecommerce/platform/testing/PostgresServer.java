package org.ippc.ecommerce.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests create their throwaway databases on, found the same way by the service tests
 * and the system tests: the one named by PGHOST/PGPORT/PGUSER/PGPASSWORD; else the one on localhost:5432; else a
 * Testcontainers PostgreSQL where Docker is available (stopped with {@link #stop}, or by Testcontainers when the
 * JVM ends).
 */
public final class PostgresServer {
    private static final String LOCAL_SERVER = "jdbc:postgresql://localhost:5432/";

    private final String url;
    private final String user;
    private final String password;
    private final PostgreSQLContainer container;

    private PostgresServer(String url, String user, String password, PostgreSQLContainer container) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.container = container;
    }

    public static PostgresServer find() {
        return fromEnvironment().or(PostgresServer::local).orElseGet(PostgresServer::inContainer);
    }

    /** The JDBC URL of a database on this server. */
    public String url(String database) {
        return url + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    /** Runs a statement on the server's {@code postgres} database (create or drop a database). */
    public void execute(String sql) {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
        }
    }

    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    private static Optional<PostgresServer> fromEnvironment() {
        String host = System.getenv("PGHOST");
        if (host == null || host.isBlank() || host.startsWith("/")) {
            return Optional.empty();
        }
        String port = Optional.ofNullable(System.getenv("PGPORT")).orElse("5432");
        return Optional.of(new PostgresServer(
                "jdbc:postgresql://%s:%s/".formatted(host, port),
                Optional.ofNullable(System.getenv("PGUSER")).orElse("postgres"),
                Optional.ofNullable(System.getenv("PGPASSWORD")).orElse(""),
                null));
    }

    private static Optional<PostgresServer> local() {
        DriverManager.setLoginTimeout(2);
        try (Connection ignored = DriverManager.getConnection(LOCAL_SERVER + "postgres", "postgres", "")) {
            return Optional.of(new PostgresServer(LOCAL_SERVER, "postgres", "", null));
        } catch (SQLException unreachable) {
            return Optional.empty();
        }
    }

    private static PostgresServer inContainer() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("No PostgreSQL for the tests: set PGHOST (and PGPORT, PGUSER, PGPASSWORD),"
                    + " run one on localhost:5432, or make Docker available for Testcontainers.");
        }
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        String jdbc = container.getJdbcUrl();
        return new PostgresServer(
                jdbc.substring(0, jdbc.lastIndexOf('/') + 1),
                container.getUsername(),
                container.getPassword(),
                container);
    }
}
