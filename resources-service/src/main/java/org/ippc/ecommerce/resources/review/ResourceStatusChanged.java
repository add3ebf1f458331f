package org.ippc.ecommerce.resources.review;

import org.ippc.ecommerce.resources.submission.ResourceStatus;

/** The Secretariat moved a resource on: a decision on it, its publication or its withdrawal. */
public record ResourceStatusChanged(ResourceStatus from, ResourceStatus to) {

    /** Whether the resource entered or left the public catalogue. */
    public boolean changesWhatThePublicSees() {
        return from == ResourceStatus.PUBLISHED || to == ResourceStatus.PUBLISHED;
    }
}
