package org.ippc.ecommerce.platform;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** A value (a status, a kind) that the API and the database both know by its code, e.g. {@code under-review}. */
public interface Coded {
    String code();

    /** The constant of {@code type} with this code; an unknown code is a bug of the caller's validation. */
    static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
        Object constant = code == null ? null : ByCode.CONSTANTS.get(type).get(code);
        if (constant == null) {
            throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " " + code);
        }
        return type.cast(constant);
    }

    /**
     * Each coded enum's constants by code, built on its first lookup: every row read with a status maps its code, and
     * searching the constants (a copy of them) for each took some 2 % of a trader read's CPU.
     */
    final class ByCode {
        private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                return Arrays.stream(type.getEnumConstants())
                        .collect(Collectors.toUnmodifiableMap(constant -> ((Coded) constant).code(), c -> c));
            }
        };

        private ByCode() {}
    }
}
