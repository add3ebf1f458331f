package org.ippc.ecommerce.resources.catalogue;

/** A filter of the catalogue that has facet counts, with the column it reads. */
enum Facet {
    TYPE("type", false),
    LANGUAGE("languages", true),
    TOPIC("topics", true),
    COMMODITY_CLASS("commodity_classes", true),
    REGION("regions", true),
    COUNTRY("countries", true),
    PROVIDER_TYPE("provider_type", false),
    YEAR("publication_year", false);

    private final String column;
    private final boolean array;

    Facet(String column, boolean array) {
        this.column = column;
        this.array = array;
    }

    /** The SQL value counted: each element of an array column, or the column itself. */
    String countedValue() {
        return array ? "unnest(" + column + ")" : column + "::text";
    }

    /** The SQL condition that a row has {@code :parameter} in this column. */
    String condition(String parameter) {
        return array
                ? column + " @> cast(array[cast(:" + parameter + " as varchar)] as varchar[])"
                : column + " = :" + parameter;
    }
}
