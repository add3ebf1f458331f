package org.ippc.ecommerce.platform;

import java.util.Arrays;

/** A value (a status, a kind) that the API and the database both know by its code, e.g. {@code under-review}. */
public interface Coded {
    String code();

    /** The constant of {@code type} with this code; an unknown code is a bug of the caller's validation. */
    static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + type.getSimpleName() + " " + code));
    }
}
