package org.ippc.ecommerce.resources.network;

import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.resources.network.client.Gap;

/** A gap in technical resources recorded by the network, as this service shows it ({@code Gap} read from network-service). */
@Schema(name = "NetworkGap", description = "A gap in technical resources, as network-service records it.")
public record NetworkGap(
        long id,
        @Schema(description = "the gap in a few words") String topic,
        @Schema(description = "topic codes") List<String> topics,
        @Schema(nullable = true) String commodityClass,
        List<String> languages,
        List<String> regions,
        String priority,
        String status) {
    static NetworkGap of(Gap gap) {
        return new NetworkGap(
                gap.getId(),
                gap.getTopic(),
                Objects.requireNonNullElse(gap.getTopics(), List.of()),
                gap.getCommodityClass(),
                gap.getLanguages(),
                gap.getRegions(),
                Objects.toString(gap.getPriority(), null),
                Objects.toString(gap.getStatus(), null));
    }
}
