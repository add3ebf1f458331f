package org.ippc.ecommerce.resources.catalogue;

/**
 * A filter of the catalogue that has facet counts, with the column it reads and the name of its lexemes in the
 * search vector ({@code catalogue_search}, migration V6).
 */
enum Facet {
    TYPE("type", false, "type"),
    LANGUAGE("languages", true, "language"),
    TOPIC("topics", true, "topic"),
    COMMODITY_CLASS("commodity_classes", true, "commodity-class"),
    REGION("regions", true, "region"),
    COUNTRY("countries", true, "country"),
    PROVIDER_TYPE("provider_type", false, "provider-type"),
    YEAR("publication_year", false, "year");

    private final String column;
    private final boolean array;
    private final String lexemeName;

    Facet(String column, boolean array, String lexemeName) {
        this.column = column;
        this.array = array;
        this.lexemeName = lexemeName;
    }

    String column() {
        return column;
    }

    /** The SQL value counted: each element of an array column, or the column itself. */
    String countedValue() {
        return array ? "unnest(" + column + ")" : column + "::text";
    }

    /** The SQL condition that a row has the value of the (positional) parameter in this column. */
    String condition() {
        return array ? column + " @> cast(array[cast(? as varchar)] as varchar[])" : column + " = ?";
    }

    /** The tsquery operand that a row has this value in this column, quoted (tsquery syntax). */
    String lexeme(Object value) {
        String lexeme = "~" + lexemeName + "~" + value;
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
