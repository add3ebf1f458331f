package org.ippc.ecommerce.platform;

import jakarta.persistence.AttributeConverter;

/**
 * Keeps a {@link Coded} enum as its code in a text column. Each enum declares its own converter, as JPA asks:
 * {@code @Converter(autoApply = true) public static class Column extends CodedColumn<X>}.
 */
public abstract class CodedColumn<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {
    private final Class<E> type;

    protected CodedColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : Coded.of(type, code);
    }
}
