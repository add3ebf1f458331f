package org.ippc.ecommerce.resources.submission;

/** A contributor revised a resource that was sent back to them: its review starts again. */
public record ResourceRevised(long resourceId) {}
