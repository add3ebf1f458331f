package org.ippc.ecommerce.resources.vocabulary;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.ippc.ecommerce.platform.ConstraintSchemas;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Writes into the document the codes each {@link InVocabulary} value accepts, as a pattern (which, unlike an enum,
 * leaves a null to the property's own nullability), so that a client generated from it sends only known codes.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class VocabularySchemas implements OASFilter {
    private final ConstraintSchemas schemas;

    public VocabularySchemas(IndexView index) {
        Vocabularies vocabularies = new Vocabularies();
        this.schemas = new ConstraintSchemas(
                index,
                Map.of(
                        DotName.createSimple(InVocabulary.class),
                        (use, schema) -> schema.pattern(ConstraintSchemas.oneOf(
                                vocabularies.codes(Kind.valueOf(use.value().asEnum()))))));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        schemas.describeIn(openAPI);
    }
}
