package org.ippc.ecommerce.resources.submission;

/** The Secretariat corrected a resource the public sees. */
public record PublishedResourceCorrected(long resourceId) {}
