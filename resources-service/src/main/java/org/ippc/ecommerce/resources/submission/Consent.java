package org.ippc.ecommerce.resources.submission;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consent", description = "The contributor's consent to publish the resource publicly.")
public record Consent(
        @NotNull @AssertTrue(message = "consent is given, never taken back here: ask the Secretariat to withdraw")
        Boolean consentToPublish) {}
