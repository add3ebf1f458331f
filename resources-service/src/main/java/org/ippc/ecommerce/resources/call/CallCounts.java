package org.ippc.ecommerce.resources.call;

/** What a call received, and how much of it was accepted and published. */
public record CallCounts(long received, long accepted, long published) {
    static final CallCounts NONE = new CallCounts(0, 0, 0);
}
