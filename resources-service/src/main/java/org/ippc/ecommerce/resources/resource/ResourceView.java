package org.ippc.ecommerce.resources.resource;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Resource", description = "A contributed resource as its contributor and the Secretariat see it.")
public record ResourceView(
        long id,
        String title,
        String summary,
        String language,
        String type,
        String url,
        boolean consentToPublish,
        String contributorOrg,
        @Schema(examples = "submitted") String status,
        Instant submittedAt) {

    static ResourceView of(ContributedResource resource) {
        return new ResourceView(
                resource.id,
                resource.title,
                resource.summary,
                resource.language,
                resource.type,
                resource.url,
                resource.consentToPublish,
                resource.contributorOrg,
                resource.status,
                resource.submittedAt);
    }
}
