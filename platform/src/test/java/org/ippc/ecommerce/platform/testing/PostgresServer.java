package org.ippc.ecommerce.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Testcontainers PostgreSQL where Docker is available; else a private cluster from the installed PostgreSQL
 * binaries ({@code deploy/lib/private-postgres}, under {@code deploy/.run}); else a message naming the package to
 * install. What it started stops with {@link #stop}, or when the JVM ends.
 */
public final class PostgresServer {
    private static final String LOCAL_SERVER = "jdbc:postgresql://localhost:5432/";

    private final String url;
    private final String user;
    private final String password;
    private final Runnable stop;

    private PostgresServer(String url, String user, String password, Runnable stop) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.stop = stop;
    }

    public static PostgresServer find() {
        return fromEnvironment()
                .or(PostgresServer::local)
                .or(PostgresServer::inContainer)
                .orElseGet(PostgresServer::privateCluster);
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
        stop.run();
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
                () -> {}));
    }

    private static Optional<PostgresServer> local() {
        DriverManager.setLoginTimeout(2);
        try (Connection ignored = DriverManager.getConnection(LOCAL_SERVER + "postgres", "postgres", "")) {
            return Optional.of(new PostgresServer(LOCAL_SERVER, "postgres", "", () -> {}));
        } catch (SQLException unreachable) {
            return Optional.empty();
        }
    }

    private static Optional<PostgresServer> inContainer() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return Optional.empty();
        }
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        String jdbc = container.getJdbcUrl();
        return Optional.of(new PostgresServer(
                jdbc.substring(0, jdbc.lastIndexOf('/') + 1),
                container.getUsername(),
                container.getPassword(),
                container::stop));
    }

    /** A cluster of this JVM's own, from the installed binaries; deleted when the JVM ends. */
    public static PostgresServer privateCluster() {
        Path root = repositoryRoot();
        Path script = root.resolve("deploy/lib/private-postgres");
        Path directory = root.resolve(
                "deploy/.run/test-postgres-" + ProcessHandle.current().pid());
        try {
            Process start = new ProcessBuilder(script.toString(), "start", directory.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String port = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (start.waitFor() != 0) {
                throw new IllegalStateException("No PostgreSQL for the tests, and none could be started here (see"
                        + " above): set PGHOST (and PGPORT, PGUSER, PGPASSWORD), run one on localhost:5432, make"
                        + " Docker available, or install the package postgresql.");
            }
            Runnable stop = () -> run(script, "stop", directory);
            Runtime.getRuntime().addShutdownHook(new Thread(stop));
            return new PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/", "postgres", "", stop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void run(Path script, String command, Path directory) {
        try {
            new ProcessBuilder(script.toString(), command, directory.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The repository's root, found from whichever module's folder the tests run in. */
    private static Path repositoryRoot() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isExecutable(folder.resolve("deploy/lib/private-postgres"))) {
                return folder;
            }
        }
        throw new IllegalStateException(
                "deploy/lib/private-postgres not found above " + Path.of("").toAbsolutePath());
    }
}
