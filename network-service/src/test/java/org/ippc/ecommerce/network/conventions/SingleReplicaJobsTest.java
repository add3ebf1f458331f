package org.ippc.ecommerce.network.conventions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ippc.ecommerce.platform.SingleReplicaJobs;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one database are two connections asking for the same job's lock: while one runs the job,
 * the other skips its turn; once the first commits, the job can run again.
 */
@QuarkusTest
class SingleReplicaJobsTest {
    @Inject
    SingleReplicaJobs jobs;

    @Test
    void aJobRunsOnOneReplicaAtATime() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> jobs.runAlone("test-job", () -> {
            runs.incrementAndGet();
            running.countDown();
            await(release);
        }));
        assertTrue(running.await(10, TimeUnit.SECONDS));

        assertFalse(jobs.runAlone("test-job", runs::incrementAndGet), "a second replica ran it at the same time");
        assertTrue(jobs.runAlone("another-job", () -> {}), "another job is not held up");

        release.countDown();
        assertTrue(first.get(10, TimeUnit.SECONDS));
        assertTrue(jobs.runAlone("test-job", runs::incrementAndGet), "the next turn runs once the first is done");
        assertTrue(runs.get() == 2, "runs: " + runs.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
