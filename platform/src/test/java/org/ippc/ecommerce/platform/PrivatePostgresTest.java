package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.ippc.ecommerce.platform.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/** Where no PostgreSQL is reachable and no Docker runs, the tests start their own from the installed binaries. */
class PrivatePostgresTest {

    @Test
    void aPrivateClusterServesThrowawayDatabasesUntilItIsStopped() throws SQLException {
        assumeTrue(Files.isDirectory(Path.of("/usr/lib/postgresql")), "no PostgreSQL binaries installed here");
        PostgresServer server = PostgresServer.privateCluster();
        server.execute("create database private_probe");
        try (Connection connection = server.connect("private_probe");
                ResultSet answer = connection.createStatement().executeQuery("select current_database()")) {
            answer.next();
            assertEquals("private_probe", answer.getString(1));
        }
        server.stop();
        assertThrows(SQLException.class, () -> server.connect("private_probe"));
        assertFalse(
                Files.exists(Path.of("../deploy/.run/test-postgres-"
                        + ProcessHandle.current().pid())),
                "the cluster's folder is deleted");
    }
}
