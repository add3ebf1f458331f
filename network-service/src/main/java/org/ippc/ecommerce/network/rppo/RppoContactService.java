package org.ippc.ecommerce.network.rppo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versioned;
import org.ippc.ecommerce.platform.Versions;

/** An RPPO's contact address: read and set by the Secretariat, or by the RPPO for itself only. */
@ApplicationScoped
public class RppoContactService {
    private static final String RECORD_TYPE = "rppo-contact";

    private final RppoContacts contacts;
    private final RppoRepository rppos;
    private final History history;
    private final Caller caller;
    private final Clock clock;

    RppoContactService(RppoContacts contacts, RppoRepository rppos, History history, Caller caller, Clock clock) {
        this.contacts = contacts;
        this.rppos = rppos;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
    }

    public Versioned<RppoContactView> get(String acronym) {
        RppoContact contact = existing(acronym);
        return new Versioned<>(RppoContactView.of(contact), contact.version);
    }

    /** The contact as set, and whether this created it: the first one needs no If-Match, a replacement does. */
    public record Saved(Versioned<RppoContactView> contact, boolean created) {}

    @Transactional
    public Saved set(String acronym, String ifMatch, NewRppoContact request) {
        requireInScope(acronym);
        Optional<RppoContact> current = contacts.of(acronym);
        current.ifPresentOrElse(
                contact -> Versions.requireMatch(ifMatch, contact.version), () -> Versions.requireNoMatch(ifMatch));
        RppoContact contact = current.orElseGet(RppoContact::new);
        RppoContactView before = current.map(RppoContactView::of).orElse(null);
        contact.rppoAcronym = acronym;
        contact.email = request.email().strip();
        contact.language = request.language();
        contact.updatedAt = Instant.now(clock);
        contact.updatedBy = caller.name();
        if (current.isEmpty()) {
            contacts.persist(contact);
        }
        contacts.flush();
        RppoContactView after = RppoContactView.of(contact);
        history.record(RECORD_TYPE, contact.id, current.isEmpty() ? "set" : "changed", before, after, null);
        return new Saved(new Versioned<>(after, contact.version), current.isEmpty());
    }

    public List<HistoryView> history(String acronym) {
        return history.of(RECORD_TYPE, existing(acronym).id);
    }

    private RppoContact existing(String acronym) {
        requireInScope(acronym);
        return contacts.of(acronym).orElseThrow(() -> Problems.notFound(acronym + " has no contact address yet."));
    }

    private void requireInScope(String acronym) {
        if (rppos.findByIdOptional(acronym).isEmpty()) {
            throw Problems.notFound("There is no RPPO with the acronym '" + acronym + "'.");
        }
        if (!caller.hasRole(Roles.SECRETARIAT) && !acronym.equals(caller.rppo())) {
            throw Problems.forbidden(
                    "%s may read and set only its own contact, not %s's.".formatted(caller.rppo(), acronym));
        }
    }
}
