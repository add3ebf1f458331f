package org.ippc.ecommerce.registry.webhook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.WebUrl;

@Schema(name = "NewWebhookSubscription")
public record NewSubscription(
        @NotNull
        @Size(max = 2000)
        @WebUrl
        @Schema(description = "where the changes are posted", examples = "https://hooks.courier.example/ippc")
        String url,

        @Size(max = 6) @Schema(description = "the change types to deliver; none: every type")
        List<
                        @NotNull
                        @Pattern(
                                regexp = "trader\\.registered|trader\\.status-changed|trader\\.presences-changed"
                                        + "|requirement\\.set|requirement\\.corrected|requirement\\.superseded")
                        String>
                types) {

    public NewSubscription {
        types = types == null ? List.of() : types;
    }
}
