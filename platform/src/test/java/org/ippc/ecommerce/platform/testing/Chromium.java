package org.ippc.ecommerce.platform.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's Chromium and its driver, which the browser tests drive. Where they are missing the tests are skipped,
 * except in CI (the {@code CI} variable is set), which must run them: there they fail.
 */
public final class Chromium {
    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    public static void requireInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String missing = "Debian's chromium and chromium-driver are not installed";
        if (System.getenv("CI") != null) {
            assertTrue(installed, missing + ", and CI runs the browser tests");
        } else {
            assumeTrue(installed, missing);
        }
    }
}
