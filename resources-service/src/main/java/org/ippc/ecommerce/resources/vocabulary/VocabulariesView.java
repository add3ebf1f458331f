package org.ippc.ecommerce.resources.vocabulary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.TermView;

@Schema(
        name = "Vocabularies",
        description = "The codes a resource is described with, and their names in the language asked for.")
public record VocabulariesView(
        List<TermView> resourceTypes,
        List<TermView> topics,
        List<TermView> commodityClasses,
        List<TermView> regions,
        List<TermView> providerTypes) {}
