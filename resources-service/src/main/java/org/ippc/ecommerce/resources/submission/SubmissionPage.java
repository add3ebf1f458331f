package org.ippc.ecommerce.resources.submission;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionPage")
public record SubmissionPage(
        List<SubmissionView> items,

        @Schema(nullable = true, description = "cursor of the next page; null on the last")
        String next) {}
