package org.ippc.ecommerce.network.organization;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationPage", description = "One page of organizations; pass `next` as `cursor` for the next one.")
public record OrganizationPage(
        List<OrganizationView> items,
        @Schema(nullable = true) String next) {}
