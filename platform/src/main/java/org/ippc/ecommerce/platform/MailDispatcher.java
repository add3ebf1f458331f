package org.ippc.ecommerce.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the notifications {@link MailOutbox} wrote, oldest first, in the recipient's language. A batch is claimed
 * under {@code for update skip locked} with a lease, so replicas share the work and a replica that dies lets its
 * batch go when the lease ends; no transaction is open while the SMTP server is called. A failure is retried with
 * doubling delays (up to {@code ippc.mail.longest-retry-after}); an opted-out address is skipped. A mail the SMTP
 * server took is marked sent at once: only a crash in between sends it twice.
 */
@IfBuildProperty(name = MailOutbox.ENABLED, stringValue = "true")
@ApplicationScoped
public class MailDispatcher {
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private record Claimed(
            long id, String address, String language, String template, String values, int attempts, boolean optedOut) {}

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final Engine templates;
    private final MailOptOuts optOuts;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final String from;
    private final String optOutBase;
    private final Duration firstRetryAfter;
    private final Duration longestRetryAfter;

    MailDispatcher(
            EntityManager entityManager,
            Mailer mailer,
            Engine templates,
            MailOptOuts optOuts,
            ObjectMapper json,
            MeterRegistry meters,
            @ConfigProperty(name = "quarkus.mailer.from") String from,
            @ConfigProperty(name = "ippc.mail.opt-out-url") String optOutBase,
            @ConfigProperty(name = "ippc.mail.first-retry-after", defaultValue = "30S") Duration firstRetryAfter,
            @ConfigProperty(name = "ippc.mail.longest-retry-after", defaultValue = "1H") Duration longestRetryAfter) {
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.templates = templates;
        this.optOuts = optOuts;
        this.json = json;
        this.meters = meters;
        this.from = from;
        this.optOutBase = optOutBase;
        this.firstRetryAfter = firstRetryAfter;
        this.longestRetryAfter = longestRetryAfter;
    }

    @Scheduled(every = "${ippc.mail.dispatch-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void dispatch() {
        List<Claimed> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::claim);
            batch.forEach(this::send);
        } while (batch.size() == BATCH);
    }

    private List<Claimed> claim() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        update mail_outbox set next_attempt_at = now() + cast(?1 as interval)
                        where id in (select id from mail_outbox
                                     where sent_at is null and skipped_at is null and next_attempt_at <= now()
                                     order by id limit ?2 for update skip locked)
                        returning id, address, language, template, cast(mail_values as text), attempts,
                                  exists (select 1 from mail_opt_out o where o.address = lower(mail_outbox.address))""")
                .setParameter(1, LEASE.toSeconds() + " seconds")
                .setParameter(2, BATCH)
                .getResultList();
        return rows.stream()
                .map(row -> new Claimed(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        ((Number) row[5]).intValue(),
                        (Boolean) row[6]))
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .toList();
    }

    private void send(Claimed mail) {
        if (mail.optedOut()) {
            mark(mail.id(), "update mail_outbox set skipped_at = now() where id = ?1");
            meters.counter("ippc.mail.deliveries", "outcome", "opted-out").increment();
            return;
        }
        try {
            mailer.send(compose(mail));
        } catch (RuntimeException e) {
            Duration delay = retryAfter(mail.attempts());
            LOG.warnf(
                    "Mail %d to the SMTP server failed (attempt %d), again in %s: %s",
                    mail.id(), mail.attempts() + 1, delay, e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("""
                            update mail_outbox set attempts = attempts + 1, last_error = left(?2, 2000),
                                   next_attempt_at = now() + cast(?3 as interval) where id = ?1""")
                    .setParameter(1, mail.id())
                    .setParameter(2, String.valueOf(e.getMessage()))
                    .setParameter(3, delay.toSeconds() + " seconds")
                    .executeUpdate());
            meters.counter("ippc.mail.deliveries", "outcome", "retried").increment();
            return;
        }
        mark(mail.id(), "update mail_outbox set sent_at = now(), attempts = attempts + 1 where id = ?1");
        meters.counter("ippc.mail.deliveries", "outcome", "sent").increment();
    }

    private void mark(long id, String sql) {
        QuarkusTransaction.requiringNew()
                .run(() ->
                        entityManager.createNativeQuery(sql).setParameter(1, id).executeUpdate());
    }

    private Duration retryAfter(int attempts) {
        Duration delay = firstRetryAfter.multipliedBy(1L << Math.min(attempts, 20));
        return delay.compareTo(longestRetryAfter) > 0 ? longestRetryAfter : delay;
    }

    /** The template's first line is the subject; the rest, and the opt-out link, the body. */
    private Mail compose(Claimed mail) {
        Map<String, Object> values = new HashMap<>(valuesOf(mail.values()));
        String optOut = optOutBase + "?address=" + URLEncoder.encode(mail.address(), StandardCharsets.UTF_8) + "&token="
                + optOuts.tokenFor(mail.address());
        values.put("optOutUrl", optOut);
        Template template = templates.getTemplate("mail/" + mail.template() + "_" + mail.language() + ".txt");
        if (template == null) {
            throw new IllegalStateException("No template mail/" + mail.template() + "_" + mail.language() + ".txt");
        }
        String[] subjectAndBody = template.data(values).render().split("\n", 2);
        return Mail.withText(mail.address(), subjectAndBody[0].strip(), subjectAndBody[1].strip())
                .setFrom(from)
                .addHeader("List-Unsubscribe", "<" + optOut + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private Map<String, String> valuesOf(String values) {
        try {
            return json.readValue(values, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable values of a queued mail", e);
        }
    }
}
