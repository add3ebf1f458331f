package org.ippc.ecommerce.registry.trader;

import java.util.List;
import java.util.Map;

/** registered ⇄ suspended (with a reason); any → deregistered, which is final. */
public final class TraderStatus {
    public static final String REGISTERED = "registered";
    public static final String SUSPENDED = "suspended";
    public static final String DEREGISTERED = "deregistered";

    static final Map<String, List<String>> NEXT = Map.of(
            REGISTERED, List.of(SUSPENDED, DEREGISTERED),
            SUSPENDED, List.of(REGISTERED, DEREGISTERED),
            DEREGISTERED, List.of());

    private TraderStatus() {}
}
