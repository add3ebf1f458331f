package org.ippc.ecommerce.resources.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ippc.ecommerce.platform.LanguageNegotiation;
import org.ippc.ecommerce.platform.MailOutbox;
import org.ippc.ecommerce.platform.OutgoingMail;
import org.ippc.ecommerce.resources.network.ReviewerContact;
import org.ippc.ecommerce.resources.submission.ContributedResource;

/**
 * The mails the review of a resource causes, queued in the transaction of each step: the assignment to the reviewer,
 * in the first of their languages that is an official one; the decision and the publication to the contributor, in
 * the language they chose; a recommendation to the Secretariat.
 */
@ApplicationScoped
public class ReviewNotices {
    private final MailOutbox outbox;
    private final String catalogueUrl;
    private final String submissionsUrl;
    private final String secretariat;

    ReviewNotices(
            MailOutbox outbox,
            @ConfigProperty(name = "ippc.mail.catalogue-url") String catalogueUrl,
            @ConfigProperty(name = "ippc.mail.submissions-url") String submissionsUrl,
            @ConfigProperty(name = "ippc.mail.secretariat-address") String secretariat) {
        this.outbox = outbox;
        this.catalogueUrl = catalogueUrl;
        this.submissionsUrl = submissionsUrl;
        this.secretariat = secretariat;
    }

    /** Once per assignment: a reviewer taken off and assigned again is told again. */
    public void reviewerAssigned(ContributedResource resource, ReviewerContact reviewer, Instant at) {
        String language = LanguageNegotiation.firstOfficial(reviewer.languages());
        outbox.queue(new OutgoingMail(
                "reviewer-assigned:%d:%d:%d".formatted(resource.id, reviewer.expertId(), at.toEpochMilli()),
                reviewer.email(),
                language,
                "reviewer-assigned",
                Map.of(
                        "name", reviewer.name(),
                        "title", titleOf(resource, language),
                        "resourceId", String.valueOf(resource.id),
                        "submissionUrl", submissionsUrl + "/" + resource.id)));
    }

    /** The Secretariat's decision (accepted, revision-requested, rejected) and its reason, to the contributor. */
    public void decided(ContributedResource resource) {
        toContributor(
                resource,
                "decision",
                Map.of(
                        "title", titleOf(resource, resource.contactLanguage),
                        "decision", resource.status.code(),
                        "reason", resource.statusReason == null ? "" : resource.statusReason));
    }

    public void published(ContributedResource resource) {
        toContributor(
                resource,
                "publication",
                Map.of(
                        "title",
                        titleOf(resource, resource.contactLanguage),
                        "catalogueUrl",
                        catalogueUrl + "?ippc-lang=" + resource.contactLanguage));
    }

    /** A reviewer's recommendation, to the Secretariat, which decides once the reviews are in. */
    public void recommended(ContributedResource resource, long expertId, String recommendation, Instant at) {
        outbox.queue(new OutgoingMail(
                "recommendation:%d:%d:%d".formatted(resource.id, expertId, at.toEpochMilli()),
                secretariat,
                LanguageNegotiation.ENGLISH,
                "recommendation",
                Map.of(
                        "title", titleOf(resource, LanguageNegotiation.ENGLISH),
                        "resourceId", String.valueOf(resource.id),
                        "expertId", String.valueOf(expertId),
                        "recommendation", recommendation)));
    }

    /** One mail per step: the resource's version after the step names it. */
    private void toContributor(ContributedResource resource, String template, Map<String, String> values) {
        outbox.queue(new OutgoingMail(
                "%s:%d:v%d".formatted(template, resource.id, resource.version),
                resource.contactEmail,
                resource.contactLanguage,
                template,
                values));
    }

    private static String titleOf(ContributedResource resource, String language) {
        String title = resource.titles.get(language);
        return title != null
                ? title
                : resource.titles.getOrDefault(
                        "en", resource.titles.values().iterator().next());
    }
}
