package org.ippc.ecommerce.network.expertise;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ippc.ecommerce.platform.TermView;
import org.ippc.ecommerce.platform.Translations;

@ApplicationScoped
public class ExpertiseAreaService {
    private final ExpertiseAreas areas;
    private final Translations names = Translations.of("vocabulary");

    ExpertiseAreaService(ExpertiseAreas areas) {
        this.areas = areas;
    }

    /** The areas in their order, named in {@code language} or, where it has no translation, in English. */
    public List<TermView> list(String language) {
        return areas.listInOrder().stream()
                .map(area -> TermView.of(area.code, names.text("expertise-area." + area.code, language)))
                .toList();
    }
}
