package org.ippc.ecommerce.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes a notification in the transaction of the change that causes it, into the service's {@code mail_outbox}
 * table: the change and its mail commit together or not at all, and no SMTP server is called while a request is
 * answered. {@link MailDispatcher} sends what is written.
 */
@IfBuildProperty(name = MailOutbox.ENABLED, stringValue = "true")
@ApplicationScoped
public class MailOutbox {
    /** The build property that turns notifications on in a service: its outbox, dispatcher and opt-out link. */
    public static final String ENABLED = "ippc.mail.enabled";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    MailOutbox(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** Queues the mail unless one was queued for the same event key. Only inside the change's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(OutgoingMail mail) {
        String language =
                OfficialLanguage.CODES.contains(mail.language()) ? mail.language() : LanguageNegotiation.ENGLISH;
        try {
            entityManager
                    .createNativeQuery("""
                            insert into mail_outbox (event_key, address, language, template, mail_values)
                            values (?1, ?2, ?3, ?4, cast(?5 as jsonb)) on conflict (event_key) do nothing""")
                    .setParameter(1, mail.eventKey())
                    .setParameter(2, mail.address().strip())
                    .setParameter(3, language)
                    .setParameter(4, mail.template())
                    .setParameter(5, json.writeValueAsString(mail.values()))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A mail's values are plain strings", e);
        }
    }
}
