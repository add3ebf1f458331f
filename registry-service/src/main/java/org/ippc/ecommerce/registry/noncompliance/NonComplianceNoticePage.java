package org.ippc.ecommerce.registry.noncompliance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NonComplianceNoticePage",
        description = "One page of notices, oldest first; pass `next` as `cursor` for the next one.")
public record NonComplianceNoticePage(
        List<NonComplianceNoticeView> items,
        @Schema(nullable = true) String next) {}
