package org.ippc.ecommerce.platform;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A term of a controlled vocabulary, named in the language the caller reads, or in English where it has no name. */
@Schema(name = "Term", description = "A term of a controlled vocabulary.")
public record TermView(
        @Schema(examples = "seeds") String code,
        @Schema(examples = "Semences") String name,

        @Schema(
                description = "the language of name: the one asked for, or en where it has no translation yet",
                examples = "fr")
        String nameLanguage) {

    public static TermView of(String code, Translated name) {
        return new TermView(code, name.text(), name.language());
    }
}
