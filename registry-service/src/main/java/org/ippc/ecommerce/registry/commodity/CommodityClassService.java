package org.ippc.ecommerce.registry.commodity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ippc.ecommerce.platform.LanguageNegotiation;
import org.ippc.ecommerce.platform.Translated;
import org.ippc.ecommerce.registry.naming.VocabularyNames;

@ApplicationScoped
public class CommodityClassService {
    private static final String KIND = "commodity-class";

    private final CommodityClassRepository commodityClasses;
    private final VocabularyNames names;

    CommodityClassService(CommodityClassRepository commodityClasses, VocabularyNames names) {
        this.commodityClasses = commodityClasses;
        this.names = names;
    }

    /** The classes in their order, named and described in {@code language} or, without a translation, in English. */
    public List<CommodityClassView> inOrder(String language) {
        return commodityClasses.listInOrder().stream()
                .map(commodityClass -> viewOf(commodityClass.code, language))
                .toList();
    }

    private CommodityClassView viewOf(String code, String language) {
        Translated name = names.name(KIND, code, language);
        Translated description = names.description(KIND, code, language);
        // Both in the language asked for, or both in English: a name never comes with a description in another.
        if (!name.language().equals(description.language())) {
            name = names.name(KIND, code, LanguageNegotiation.ENGLISH);
            description = names.description(KIND, code, LanguageNegotiation.ENGLISH);
        }
        return new CommodityClassView(code, name.text(), description.text(), name.language());
    }
}
