package org.ippc.ecommerce.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.ippc.ecommerce.system.RunningSystem.Service;
import org.junit.jupiter.api.Test;

/**
 * The mails of a review survive a crash: resources-service is killed (SIGKILL) right after the decision and the
 * publication, started again, and each of the three mails (the assignment to the reviewer, the decision and the
 * publication to the contributor) is sent once, before or after the restart. The dev profile's
 * mock mailbox logs every mail it sends into the service's log, which outlives the process.
 */
class MailRestartTest {
    private static final Path LOG = RunningSystem.LOGS.resolve("resources-service.log");

    @Test
    void theAssignmentTheDecisionAndThePublicationAreMailedOnceThoughTheServiceIsKilledRightAfter() {
        RunningSystem system = RunningSystem.get();
        Workflow workflow = new Workflow(system);
        String word = Workflow.uniqueWord();
        long expert = workflow.acceptedExpert("mail-reviewer-" + word + "@kephis.example");
        long resource = workflow.submittedResource(word);
        workflow.assign(resource, expert).statusCode(200);
        workflow.recommendAcceptance(resource, expert);
        workflow.acceptAndPublish(resource);
        system.kill(Service.RESOURCES);
        system.start(Service.RESOURCES);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (mailsAbout(word) < 3 && Instant.now().isBefore(deadline)) {
            RunningSystem.sleep(Duration.ofMillis(200));
        }
        RunningSystem.sleep(Duration.ofSeconds(3)); // six more turns of the dispatcher
        assertEquals(
                3,
                mailsAbout(word),
                "the assignment, the decision and the publication of resource " + resource + ", once each");
    }

    /** The mails sent so far whose subject names the resource's words, by the lines the mock mailbox logged. */
    private static long mailsAbout(String word) {
        try {
            if (!Files.exists(LOG)) {
                return 0;
            }
            try (var lines = Files.lines(LOG)) {
                return lines.filter(line -> line.contains("Sending email") && line.contains(word))
                        .count();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
