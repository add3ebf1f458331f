package org.ippc.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** deploy/token tells how it is used when asked, and refuses a token without its scope. */
class DeployTokenTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private record Run(int exit, String output) {}

    private static Run token(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "deploy/token";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new Run(process.exitValue(), output);
    }

    @Test
    void helpPrintsTheUsage() throws IOException, InterruptedException {
        Run help = token("--help");
        assertEquals(0, help.exit());
        assertTrue(help.output().contains("deploy/token nppo --country FR"), help.output());
        assertTrue(help.output().contains("--hours N"), help.output());
    }

    @Test
    void aTokenWithoutItsScopeIsRefused() throws IOException, InterruptedException {
        Run refused = token("nppo");
        assertEquals(2, refused.exit());
        assertTrue(refused.output().contains("--country VALUE"), refused.output());
    }
}
