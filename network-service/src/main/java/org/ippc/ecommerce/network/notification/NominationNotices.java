package org.ippc.ecommerce.network.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.network.rppo.RppoContacts;
import org.ippc.ecommerce.platform.LanguageNegotiation;
import org.ippc.ecommerce.platform.MailOutbox;
import org.ippc.ecommerce.platform.OutgoingMail;

/**
 * The mails the network sends, queued in the transaction of the change: the Secretariat's decision on a nomination,
 * to the candidate and to the nominating RPPO (when it has set a contact); the coming end of a term, to the expert.
 * A person is written to in the first of their languages that is an official one, else in English; an RPPO in the
 * language of its contact.
 */
@ApplicationScoped
public class NominationNotices {
    private final MailOutbox outbox;
    private final RppoContacts rppoContacts;

    NominationNotices(MailOutbox outbox, RppoContacts rppoContacts) {
        this.outbox = outbox;
        this.rppoContacts = rppoContacts;
    }

    public void accepted(
            long nominationId,
            String address,
            String name,
            String rppo,
            List<String> languages,
            LocalDate termStart,
            LocalDate termEnd) {
        outbox.queue(new OutgoingMail(
                "nomination-accepted:" + nominationId,
                address,
                LanguageNegotiation.firstOfficial(languages),
                "nomination-accepted",
                Map.of("name", name, "rppo", rppo, "termStart", termStart.toString(), "termEnd", termEnd.toString())));
        toRppo(
                rppo,
                "rppo-nomination-accepted",
                nominationId,
                Map.of("name", name, "termStart", termStart.toString(), "termEnd", termEnd.toString()));
    }

    public void declined(
            long nominationId, String address, String name, String rppo, List<String> languages, String reason) {
        outbox.queue(new OutgoingMail(
                "nomination-declined:" + nominationId,
                address,
                LanguageNegotiation.firstOfficial(languages),
                "nomination-declined",
                Map.of("name", name, "rppo", rppo, "reason", reason == null ? "" : reason)));
        toRppo(
                rppo,
                "rppo-nomination-declined",
                nominationId,
                Map.of("name", name, "reason", reason == null ? "" : reason));
    }

    private void toRppo(String rppo, String template, long nominationId, Map<String, String> values) {
        rppoContacts.of(rppo).ifPresent(contact -> {
            Map<String, String> all = new HashMap<>(values);
            all.put("rppo", rppo);
            all.put("nominationId", String.valueOf(nominationId));
            outbox.queue(
                    new OutgoingMail(template + ":" + nominationId, contact.email, contact.language, template, all));
        });
    }

    /** Once per term: a term extended later is another term, and is announced again. */
    public void termEnding(long expertId, String address, String name, List<String> languages, LocalDate termEnd) {
        outbox.queue(new OutgoingMail(
                "term-ending:%d:%s".formatted(expertId, termEnd),
                address,
                LanguageNegotiation.firstOfficial(languages),
                "term-ending",
                Map.of("name", name, "termEnd", termEnd.toString())));
    }
}
