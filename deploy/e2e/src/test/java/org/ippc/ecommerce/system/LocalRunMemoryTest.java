package org.ippc.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/run and deploy/bench start the services with the memory settings of their images and pods: the memory a
 * pod's JVM sees, the heap its JAVA_MAX_MEM_RATIO gives, and every JVM option of the images. Without them a
 * workstation's JVM sizes its heap from the machine's memory (the registry grew to 1.5 GB under screening load);
 * with only -Xmx, it started with its whole heap where a pod's starts at 8 MB.
 */
class LocalRunMemoryTest {
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void deployRunStartsEachServiceWithTheImagesMemorySettings() throws IOException {
        String options = Files.readString(ROOT.resolve("deploy/lib/jvm-options.sh"));
        String run = Files.readString(ROOT.resolve("deploy/run"));
        assertTrue(run.contains("source deploy/lib/jvm-options.sh"), "deploy/run does not read the JVM options");
        assertTrue(
                run.contains("java $(jvm_options_for \"$service\") -jar"), "deploy/run does not start java with them");

        // The pods' 512 MiB as the JVM's memory, and 30 % of it for the heap, as run-java.sh sets it.
        assertTrue(options.contains("pod_memory=\"-XX:MaxRAM=512m -XX:MaxRAMPercentage=30\""), "a pod's memory");
        for (String service : new String[] {"registry-service", "network-service", "resources-service"}) {
            String pod = Files.readString(ROOT.resolve("deploy/k8s/base/" + service + ".yaml"));
            assertTrue(pod.contains("name: JAVA_MAX_MEM_RATIO\n              value: \"30\""), service + " ratio");
            assertTrue(pod.contains("limits: {cpu: \"2\", memory: 512Mi}"), service + " memory limit");
            String image = Files.readString(ROOT.resolve(service + "/src/main/docker/Dockerfile.jvm"));
            Matcher append = Pattern.compile("JAVA_OPTS_APPEND=\"([^\"]*)\"").matcher(image);
            assertTrue(append.find(), service + " image options");
            String local = optionsOf(options, service.equals("registry-service") ? "registry" : "service");
            for (String option : append.group(1).split(" ")) {
                if (option.startsWith("-XX:")) {
                    assertTrue(local.contains(option), option + " of the image is missing from deploy/run");
                }
            }
            if (service.equals("registry-service")) {
                // Its generations' fixed sizes are cut from the heap it starts with: the whole heap, at the pod's
                // ratio.
                assertTrue(append.group(1).contains("-XX:InitialRAMPercentage=30"), "the registry's whole heap");
            }
            Matcher gcTime = Pattern.compile("ENV GC_TIME_RATIO=(\\d+)").matcher(image);
            if (gcTime.find()) {
                assertTrue(local.contains("-XX:GCTimeRatio=" + gcTime.group(1)), service + " GC goal");
            }
        }
    }

    /** The value of {@code <name>_jvm_options="..."} in deploy/lib/jvm-options.sh. */
    private static String optionsOf(String file, String name) {
        Matcher options = Pattern.compile(name + "_jvm_options=\"([^\"]*)\"").matcher(file);
        assertTrue(options.find(), name + "_jvm_options");
        return options.group(1);
    }
}
