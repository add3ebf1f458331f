package org.ippc.ecommerce.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the service, so that time can be fixed where a rule depends on it. It ticks in
 * microseconds, as PostgreSQL keeps time: an instant answered on creation, or kept in the history,
 * is the one read back later.
 */
@ApplicationScoped
class Clocks {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
