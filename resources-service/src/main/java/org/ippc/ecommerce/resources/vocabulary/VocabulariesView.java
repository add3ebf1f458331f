package org.ippc.ecommerce.resources.vocabulary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Vocabularies", description = "The codes a resource is described with, and their English names.")
public record VocabulariesView(
        List<TermView> resourceTypes,
        List<TermView> topics,
        List<TermView> commodityClasses,
        List<TermView> regions,
        List<TermView> providerTypes) {}
