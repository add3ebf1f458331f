package org.ippc.ecommerce.network.expert;

import java.time.Instant;

/**
 * Fired within the erasure's transaction, so that the records of the same person that other features keep (their
 * nominations) are erased with the expert's, without the expert feature depending on them.
 */
public record ExpertErased(long expertId, String email, Instant at) {}
