package org.ippc.ecommerce.resources.vocabulary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Operation(summary = "Resource types, topics, commodity classes, regions and provider types (public)")
    public RestResponse<VocabulariesView> list() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(ONE_DAY);
        return RestResponse.ResponseBuilder.ok(new VocabulariesView(
                        vocabularies.of(Kind.RESOURCE_TYPE),
                        vocabularies.of(Kind.TOPIC),
                        vocabularies.of(Kind.COMMODITY_CLASS),
                        vocabularies.of(Kind.REGION),
                        vocabularies.of(Kind.PROVIDER_TYPE)))
                .cacheControl(cache)
                .build();
    }
}
