package org.ippc.ecommerce.resources.network;

import java.util.List;
import java.util.Objects;
import org.ippc.ecommerce.resources.network.client.Expert;

/** Where to tell an expert they were assigned a review: read from network-service with the Secretariat's token. */
public record ReviewerContact(long expertId, String name, String email, List<String> languages) {

    static ReviewerContact of(long expertId, Expert expert) {
        return new ReviewerContact(
                expertId,
                expert.getName(),
                expert.getEmail(),
                Objects.requireNonNullElse(expert.getLanguages(), List.of()));
    }
}
