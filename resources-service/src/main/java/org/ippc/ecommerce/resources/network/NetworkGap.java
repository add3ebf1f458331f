package org.ippc.ecommerce.resources.network;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A gap in technical resources recorded by the network ({@code Gap} in network-service's contract). */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "NetworkGap", description = "A gap in technical resources, as network-service records it.")
public record NetworkGap(
        long id,
        String topic,
        @Schema(nullable = true) String commodityClass,
        List<String> languages,
        List<String> regions,
        String priority,
        String status) {}
