package org.ippc.ecommerce.network.expertise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.Translated;

@Schema(name = "ExpertiseArea")
public record ExpertiseAreaView(
        @Schema(examples = "customs") String code,
        @Schema(examples = "Douanes") String name,

        @Schema(
                description = "the language of name: the one asked for, or en where it has no translation yet",
                examples = "fr")
        String nameLanguage) {

    static ExpertiseAreaView of(String code, Translated name) {
        return new ExpertiseAreaView(code, name.text(), name.language());
    }
}
