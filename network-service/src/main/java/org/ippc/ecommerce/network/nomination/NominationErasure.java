package org.ippc.ecommerce.network.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.ippc.ecommerce.network.expert.ExpertErased;
import org.ippc.ecommerce.platform.History;

/** An erased expert's personal data goes from their nominations too, and from the nominations' recorded changes. */
@ApplicationScoped
public class NominationErasure {
    private final NominationRepository nominations;
    private final History history;

    NominationErasure(NominationRepository nominations, History history) {
        this.nominations = nominations;
        this.history = history;
    }

    void onExpertErased(@Observes ExpertErased erased) {
        for (long nominationId : nominations.erasePersonalData(erased.expertId(), erased.email(), erased.at())) {
            history.redact(NominationService.RECORD_TYPE, nominationId);
        }
    }
}
