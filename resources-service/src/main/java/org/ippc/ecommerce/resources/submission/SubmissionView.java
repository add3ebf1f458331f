package org.ippc.ecommerce.resources.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Submission",
        description = "A contributed resource in the review workflow, as its contributor, the Secretariat and its"
                + " reviewers see it.")
public record SubmissionView(
        long id,
        Map<String, String> titles,
        Map<String, String> summaries,
        String type,
        List<String> languages,
        List<String> topics,
        List<String> commodityClasses,
        List<String> regions,
        List<String> countries,
        Provider provider,
        @Schema(nullable = true) String author,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "restricted: only for the contributor and the Secretariat")
        String contactEmail,

        int publicationYear,
        List<String> urls,
        @Schema(nullable = true) Long gapId,

        @Schema(nullable = true, description = "the call it answers")
        Long callId,

        @Schema(nullable = true, description = "restricted: the language of notifications to the contact")
        String contactLanguage,

        boolean consentToPublish,
        String contributorOrg,
        Instant submittedAt,

        @Schema(
                enumeration = {
                    "submitted",
                    "under-review",
                    "revision-requested",
                    "accepted",
                    "rejected",
                    "published",
                    "withdrawn"
                })
        String status,

        @Schema(nullable = true, description = "what to revise, why it was rejected, or why it was withdrawn")
        String statusReason,

        @Schema(description = "what the current state allows", examples = "[\"revise\", \"assign-reviewers\"]")
        List<String> allowedActions,

        @Schema(nullable = true) Instant publishedAt) {

    /** The view of a submission; {@code withContact} for its contributor and the Secretariat only. */
    public static SubmissionView of(ContributedResource resource, boolean withContact) {
        return new SubmissionView(
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
                withContact ? resource.contactEmail : null,
                resource.publicationYear,
                resource.urls,
                resource.gapId,
                resource.callId,
                withContact ? resource.contactLanguage : null,
                resource.consentToPublish,
                resource.contributorOrg,
                resource.submittedAt,
                resource.status.code(),
                resource.statusReason,
                resource.status.allowedActions(),
                resource.publishedAt);
    }
}
