package org.ippc.ecommerce.resources.resourcetype;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResourceType", description = "A type of technical resource.")
public record ResourceTypeView(
        @Schema(examples = "video") String code,
        @Schema(examples = "Video") String name) {

    static ResourceTypeView of(ResourceType type) {
        return new ResourceTypeView(type.code, type.name);
    }
}
