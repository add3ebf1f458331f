package org.ippc.ecommerce.platform;

/** SQL LIKE patterns for free-text filters, with the caller's wildcards taken literally. */
public final class LikePattern {
    private LikePattern() {}

    /** {@code %text%} with {@code \}, {@code %} and {@code _} escaped; null for no filter. */
    public static String containing(String text) {
        if (text == null) {
            return null;
        }
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
