package org.ippc.ecommerce.registry.vocabulary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.ippc.ecommerce.platform.TermView;
import org.ippc.ecommerce.registry.naming.VocabularyNames;
import org.ippc.ecommerce.registry.noncompliance.ConsignmentAction;
import org.ippc.ecommerce.registry.noncompliance.NonComplianceReason;
import org.ippc.ecommerce.registry.requirement.RequiredDocuments;

/** The controlled lists that notices and requirements take as codes, named in the caller's language. */
@ApplicationScoped
public class VocabularyService {
    private final VocabularyNames names;

    VocabularyService(VocabularyNames names) {
        this.names = names;
    }

    public List<TermView> nonComplianceReasons(String language) {
        return named(
                "non-compliance-reason",
                Arrays.stream(NonComplianceReason.values())
                        .map(NonComplianceReason::code)
                        .toList(),
                language);
    }

    public List<TermView> consignmentActions(String language) {
        return named(
                "consignment-action",
                Arrays.stream(ConsignmentAction.values())
                        .map(ConsignmentAction::code)
                        .toList(),
                language);
    }

    public List<TermView> requiredDocuments(String language) {
        return named("required-document", RequiredDocuments.codes(), language);
    }

    private List<TermView> named(String kind, List<String> codes, String language) {
        return codes.stream()
                .map(code -> TermView.of(code, names.name(kind, code, language)))
                .toList();
    }
}
