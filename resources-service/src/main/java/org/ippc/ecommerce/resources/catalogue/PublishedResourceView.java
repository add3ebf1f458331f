package org.ippc.ecommerce.resources.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.resources.submission.ContributedResource;
import org.ippc.ecommerce.resources.submission.Provider;

@Schema(name = "PublishedResource", description = "A published resource of the catalogue: public fields only.")
public record PublishedResourceView(
        long id,
        @Schema(description = "language to title") Map<String, String> titles,
        @Schema(description = "language to summary") Map<String, String> summaries,
        String type,
        List<String> languages,
        List<String> topics,
        List<String> commodityClasses,
        List<String> regions,
        List<String> countries,
        Provider provider,
        @Schema(nullable = true) String author,
        int publicationYear,
        List<String> urls,
        @Schema(nullable = true) Long gapId,
        Instant publishedAt,
        String disclaimer) {

    public static final String DISCLAIMER = "This resource was contributed to the IPPC and reviewed by experts of the"
            + " IPPC e-commerce network. It is not an interpretation of the International Standards for"
            + " Phytosanitary Measures (ISPMs) and is not endorsed by the Commission on Phytosanitary Measures (CPM).";

    static PublishedResourceView of(ContributedResource resource) {
        return new PublishedResourceView(
                resource.id,
                resource.titles,
                resource.summaries,
                resource.type,
                resource.languages,
                resource.topics,
                resource.commodityClasses,
                resource.regions,
                resource.countries,
                new Provider(resource.providerName, resource.providerType),
                resource.author,
                resource.publicationYear,
                resource.urls,
                resource.gapId,
                resource.publishedAt,
                DISCLAIMER);
    }
}
