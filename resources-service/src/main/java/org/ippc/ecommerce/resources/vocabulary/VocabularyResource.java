package org.ippc.ecommerce.resources.vocabulary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.LanguageNegotiation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Controlled vocabularies the other operations take as codes")
public class VocabularyResource {
    private static final int ONE_DAY = 86_400;

    private final Vocabularies vocabularies;

    VocabularyResource(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GET
    @Operation(
            summary = "Resource types, topics, commodity classes, regions and provider types, named in the caller's"
                    + " language (public)")
    public RestResponse<VocabulariesView> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = LanguageNegotiation.preferred(acceptLanguage);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(ONE_DAY);
        return LanguageNegotiation.ok(
                        language,
                        new VocabulariesView(
                                vocabularies.of(Kind.RESOURCE_TYPE, language),
                                vocabularies.of(Kind.TOPIC, language),
                                vocabularies.of(Kind.COMMODITY_CLASS, language),
                                vocabularies.of(Kind.REGION, language),
                                vocabularies.of(Kind.PROVIDER_TYPE, language)))
                .cacheControl(cache)
                .build();
    }
}
