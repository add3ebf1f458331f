package org.ippc.ecommerce.resources.vocabulary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The controlled vocabularies, read once: they change only with a migration, and every
 * submission and catalogue query checks codes against them.
 */
@ApplicationScoped
public class Vocabularies {
    private final Session session;
    private volatile Map<Kind, List<TermView>> terms;

    Vocabularies(Session session) {
        this.session = session;
    }

    public List<TermView> of(Kind kind) {
        Map<Kind, List<TermView>> loaded = terms;
        if (loaded == null) {
            loaded = load();
            terms = loaded;
        }
        return loaded.get(kind);
    }

    public boolean contains(Kind kind, String code) {
        return of(kind).stream().anyMatch(term -> term.code().equals(code));
    }

    private Map<Kind, List<TermView>> load() {
        Map<Kind, List<TermView>> loaded = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            loaded.put(
                    kind,
                    session.createSelectionQuery(
                                    "from VocabularyTerm where kind = ?1 order by position", VocabularyTerm.class)
                            .setParameter(1, kind.code())
                            .getResultStream()
                            .map(TermView::of)
                            .toList());
        }
        return loaded;
    }
}
