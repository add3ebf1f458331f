package org.ippc.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ippc.ecommerce.system.RunningSystem.Service;
import org.junit.jupiter.api.Test;

/**
 * The API walkthroughs of the READMEs run as printed, in order, against a system started as deploy/run starts it
 * (empty databases, the seed product list loaded): every curl of every shell block that calls a service must be
 * answered without an error status. Only the ports change, to those of the system under test.
 */
class ReadmeExamplesTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern SHELL_BLOCK = Pattern.compile("(?s)```bash\\n(.*?)```");
    /** In the order a reader follows them: later walkthroughs use what earlier ones created. */
    private static final List<String> READMES = List.of(
            "README.md",
            "registry-service/README.md",
            "network-service/README.md",
            "resources-service/README.md",
            "deploy/README.md");

    @Test
    void everyApiExampleOfTheReadmeRunsAsPrinted() throws IOException, InterruptedException {
        RunningSystem system = RunningSystem.startedAfresh();
        StringBuilder script = new StringBuilder("set -euo pipefail\n")
                .append("curl() { command curl --fail-with-body --max-time 60 \"$@\"; }\n")
                .append(seedListLoading());
        List<String> blocks = new ArrayList<>();
        for (String readme : READMES) {
            blocks.addAll(apiBlocks(Files.readString(ROOT.resolve(readme))));
        }
        assertTrue(blocks.size() >= 5, "the READMEs' walkthroughs were not found: " + blocks.size());
        blocks.forEach(block -> script.append(block).append('\n'));
        String withPorts = script.toString()
                .replace("localhost:8081", "localhost:" + system.port(Service.REGISTRY))
                .replace("localhost:8082", "localhost:" + system.port(Service.NETWORK))
                .replace("localhost:8083", "localhost:" + system.port(Service.RESOURCES));

        Process bash = new ProcessBuilder("bash", "-c", withPorts)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, bash.exitValue(), "A README example failed. Its output:\n" + output);
    }

    /** What deploy/run does to an empty system before the README's walkthroughs begin. */
    private static String seedListLoading() {
        return """
                seed_token=$(deploy/token secretariat --name seed@dev.invalid)
                while IFS= read -r product; do
                  curl -s -o /dev/null -X POST localhost:8081/v1/products -H "Authorization: Bearer $seed_token" \\
                    -H 'Content-Type: application/json' -d "$product"
                done <deploy/seed/high-risk-products.jsonl
                """;
    }

    /** The shell blocks that call a running service (the others build, test or deploy). */
    private static List<String> apiBlocks(String readme) {
        List<String> blocks = new ArrayList<>();
        Matcher block = SHELL_BLOCK.matcher(readme);
        while (block.find()) {
            if (block.group(1).contains("localhost:808")) {
                blocks.add(block.group(1));
            }
        }
        return blocks;
    }
}
