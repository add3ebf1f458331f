package org.ippc.ecommerce.resources.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.resources.network.client.ApiException;
import org.ippc.ecommerce.resources.network.client.ExpertsApi;
import org.ippc.ecommerce.resources.network.client.GapPage;
import org.ippc.ecommerce.resources.network.client.ResourceGapsApi;

/**
 * Calls to network-service through the client generated from its committed OpenAPI document, each bounded in time, retried (they are all reads; not
 * while the circuit is open, when a retry would only wait), behind a circuit
 * breaker, with a defined answer when network-service cannot be reached. Every limit can be
 * changed in configuration (MicroProfile Fault Tolerance keys, e.g.
 * {@code quarkus.fault-tolerance."org.ippc.ecommerce.resources.network.NetworkClient/reviewerEligibility".timeout.value}).
 */
@ApplicationScoped
public class NetworkClient {
    static final String REVIEWER = "reviewer";
    /** The gaps still missing material: open, or in progress with experts on them. */
    private static final List<String> UNFILLED = List.of("open", "in-progress");

    private static final int GAP_PAGE_SIZE = 200;
    private static final int MAX_GAP_PAGES = 10;
    static final int RETRY_AFTER_SECONDS = 30;

    private final ExpertsApi experts;
    private final ResourceGapsApi gaps;

    NetworkClient(@RestClient ExpertsApi experts, @RestClient ResourceGapsApi gaps) {
        this.experts = experts;
        this.gaps = gaps;
    }

    /** Whether an expert may review now; an expert network-service does not know is not eligible. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "eligibilityUnavailable")
    public ExpertEligibility reviewerEligibility(long expertId) {
        try {
            return ExpertEligibility.of(experts.expertResourceEligibility(expertId, REVIEWER));
        } catch (ApiException e) {
            if (e.getResponse().getStatus() == Status.NOT_FOUND.getStatusCode()) {
                return ExpertEligibility.unknown(expertId, REVIEWER);
            }
            throw unavailable();
        }
    }

    /**
     * Where to mail the expert, if network-service knows them: their address is restricted, so this is asked with the
     * caller's token ({@link ForwardedAuthorization}), which only the Secretariat's opens.
     */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "contactUnavailable")
    public Optional<ReviewerContact> reviewerContact(long expertId) {
        try {
            return Optional.of(ReviewerContact.of(expertId, experts.expertResourceGet(expertId)));
        } catch (ApiException e) {
            if (e.getResponse().getStatus() == Status.NOT_FOUND.getStatusCode()) {
                return Optional.empty();
            }
            throw unavailable();
        }
    }

    /** The gap, if network-service knows it. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "gapUnavailable")
    public Optional<NetworkGap> gap(long gapId) {
        try {
            return Optional.of(NetworkGap.of(gaps.gapResourceGet(gapId)));
        } catch (ApiException e) {
            if (e.getResponse().getStatus() == Status.NOT_FOUND.getStatusCode()) {
                return Optional.empty();
            }
            throw unavailable();
        }
    }

    /** The gaps not yet filled, or nothing when network-service cannot say. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unfilledGapsUnavailable")
    public Optional<List<NetworkGap>> unfilledGaps() {
        List<NetworkGap> open = new ArrayList<>();
        String cursor = null;
        try {
            for (String status : UNFILLED) {
                for (int page = 0; page < MAX_GAP_PAGES; page++) {
                    GapPage answer = gaps.gapResourceList(null, cursor, null, GAP_PAGE_SIZE, null, status, null);
                    answer.getItems().stream().map(NetworkGap::of).forEach(open::add);
                    cursor = answer.getNext();
                    if (cursor == null) {
                        break;
                    }
                }
            }
        } catch (ApiException e) {
            throw unavailable();
        }
        return Optional.of(open);
    }

    ExpertEligibility eligibilityUnavailable(long expertId) {
        throw unavailable();
    }

    Optional<ReviewerContact> contactUnavailable(long expertId) {
        throw unavailable();
    }

    Optional<NetworkGap> gapUnavailable(long gapId) {
        throw unavailable();
    }

    Optional<List<NetworkGap>> unfilledGapsUnavailable() {
        return Optional.empty();
    }

    private static RuntimeException unavailable() {
        return Problems.serviceUnavailable(
                "network-service, which vouches for experts and gaps, cannot be reached; nothing was changed."
                        + " Try again later.",
                RETRY_AFTER_SECONDS);
    }
}
