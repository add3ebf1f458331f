package org.ippc.ecommerce.network.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.LanguageNegotiation;
import org.ippc.ecommerce.platform.MailOutbox;
import org.ippc.ecommerce.platform.OfficialLanguage;
import org.ippc.ecommerce.platform.OutgoingMail;

/**
 * The mails the network sends its members, queued in the transaction of the change: the Secretariat's decision on
 * a nomination, to the candidate; the coming end of a term, to the expert. Each is written in the first of the
 * person's languages that is an official one, else in English.
 */
@ApplicationScoped
public class NominationNotices {
    private final MailOutbox outbox;

    NominationNotices(MailOutbox outbox) {
        this.outbox = outbox;
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
                languageOf(languages),
                "nomination-accepted",
                Map.of("name", name, "rppo", rppo, "termStart", termStart.toString(), "termEnd", termEnd.toString())));
    }

    public void declined(
            long nominationId, String address, String name, String rppo, List<String> languages, String reason) {
        outbox.queue(new OutgoingMail(
                "nomination-declined:" + nominationId,
                address,
                languageOf(languages),
                "nomination-declined",
                Map.of("name", name, "rppo", rppo, "reason", reason == null ? "" : reason)));
    }

    /** Once per term: a term extended later is another term, and is announced again. */
    public void termEnding(long expertId, String address, String name, List<String> languages, LocalDate termEnd) {
        outbox.queue(new OutgoingMail(
                "term-ending:%d:%s".formatted(expertId, termEnd),
                address,
                languageOf(languages),
                "term-ending",
                Map.of("name", name, "termEnd", termEnd.toString())));
    }

    private static String languageOf(List<String> languages) {
        return languages.stream()
                .filter(OfficialLanguage.CODES::contains)
                .findFirst()
                .orElse(LanguageNegotiation.ENGLISH);
    }
}
