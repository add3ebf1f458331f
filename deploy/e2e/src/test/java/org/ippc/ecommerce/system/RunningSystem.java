package org.ippc.ecommerce.system;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.PostgresServer;

/**
 * The three services started from their built jars on free ports, each with a fresh database on the
 * {@link PostgresServer} the service tests use too, configured as in production
 * except that they trust the development key pair. Started once for all system tests; the services are
 * stopped and the databases dropped when the test JVM exits.
 */
final class RunningSystem {
    enum Service {
        REGISTRY("registry-service"),
        NETWORK("network-service"),
        RESOURCES("resources-service");

        final String module;

        Service(String module) {
            this.module = module;
        }
    }

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path LOGS = Path.of("target/system-logs").toAbsolutePath();
    private static RunningSystem instance;

    private final PostgresServer server = PostgresServer.find();
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Process> processes = new EnumMap<>(Service.class);

    private RunningSystem() {}

    static synchronized RunningSystem get() {
        if (instance == null) {
            instance = new RunningSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::tearDown));
            instance.startAll();
        }
        return instance;
    }

    /** Another system of three services, with databases of its own, for a test that needs it empty. */
    static RunningSystem startedAfresh() {
        RunningSystem system = new RunningSystem();
        Runtime.getRuntime().addShutdownHook(new Thread(system::tearDown));
        system.startAll();
        return system;
    }

    int port(Service service) {
        return ports.get(service);
    }

    String url(Service service) {
        return "http://localhost:" + ports.get(service);
    }

    String database(Service service) {
        return "system_" + service.name().toLowerCase() + "_" + suffix;
    }

    void stop(Service service) {
        Process process = processes.remove(service);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the service as a crash would (SIGKILL): no shutdown hook, no transaction committed. */
    void kill(Service service) {
        Process process = processes.remove(service);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void start(Service service) {
        processes.put(service, launch(service));
        awaitReady(service);
    }

    /** Every table of every service's database with a digest of its whole content, to show nothing changed. */
    Map<String, String> contentDigests() {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            try (Connection connection = connect(database(service));
                    Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows =
                        statement.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                                + " and tablename <> 'flyway_schema_history' order by tablename")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet digest = statement.executeQuery(
                            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                    + " from " + table + " t")) {
                        digest.next();
                        digests.put(service.module + "." + table, digest.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return digests;
    }

    private void startAll() {
        for (Service service : Service.values()) {
            Path jar = jar(service);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build the services first (./mvnw verify builds them"
                        + " before the system tests)");
            }
            execute("create database " + database(service));
        }
        List<Integer> free = FreePorts.distinct(Service.values().length);
        for (Service service : Service.values()) {
            ports.put(service, free.get(service.ordinal()));
        }
        // Providers first, so that each consumer finds its provider up.
        for (Service service : List.of(Service.NETWORK, Service.RESOURCES, Service.REGISTRY)) {
            processes.put(service, launch(service));
        }
        for (Service service : Service.values()) {
            awaitReady(service);
        }
        // Another process may take a chosen port before the service binds it, and answer its readiness check: the
        // service that lost its port exits, which is caught here if it has by now.
        for (Service service : Service.values()) {
            if (!processes.get(service).isAlive()) {
                throw new IllegalStateException(service.module + " stopped after starting; see " + LOGS);
            }
        }
    }

    private Process launch(Service service) {
        try {
            Files.createDirectories(LOGS);
            ProcessBuilder builder = new ProcessBuilder(
                            ProcessHandle.current().info().command().orElse("java"),
                            "-Xmx256m",
                            "-jar",
                            jar(service).toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            LOGS.resolve(service.module + ".log").toFile()));
            Map<String, String> environment = builder.environment();
            environment.put("QUARKUS_PROFILE", "dev");
            environment.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
            environment.put("DB_URL", server.url(database(service)));
            environment.put("DB_USER", server.user());
            environment.put("DB_PASSWORD", server.password());
            environment.put(
                    "JWT_PUBLIC_KEY_LOCATION",
                    ROOT.resolve("deploy/dev-keys/dev-public-key.pem").toString());
            environment.put("RESOURCES_URL", url(Service.RESOURCES));
            environment.put("NETWORK_URL", url(Service.NETWORK));
            // Import jobs cut off by a crash are found within seconds, not the minute of production.
            environment.put("IMPORT_JOBS_HEARTBEAT_EVERY", "1s");
            environment.put("IMPORT_JOBS_PRESUMED_STOPPED_AFTER", "PT5S");
            environment.put("IMPORT_JOBS_SWEEP_EVERY", "1s");
            // Webhook deliveries and their retries within a second, not the seconds of production.
            environment.put("WEBHOOKS_DISPATCH_EVERY", "0.3s");
            environment.put("IPPC_WEBHOOKS_FIRST_RETRY_AFTER", "PT0.3S");
            environment.put("IPPC_WEBHOOKS_LONGEST_RETRY_AFTER", "PT1S");
            // Notifications leave the outbox twice a second (the mock mailbox of the dev profile logs each one).
            environment.put("IPPC_MAIL_DISPATCH_EVERY", "0.5s");
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + service.module, e);
        }
    }

    private void awaitReady(Service service) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(service);
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module + " stopped while starting; see " + LOGS);
            }
            try {
                if (given().get(url(service) + "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // RestAssured rethrows the ConnectException as it is, undeclared.
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(service.module + " was not ready within 90 s; see " + LOGS);
    }

    private void tearDown() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Service service : Service.values()) {
            execute("drop database if exists " + database(service) + " with (force)");
        }
    }

    private static Path jar(Service service) {
        return ROOT.resolve(service.module).resolve("target/" + service.module + "-runner.jar");
    }

    Connection connect(String database) throws SQLException {
        return server.connect(database);
    }

    private void execute(String sql) {
        server.execute(sql);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
