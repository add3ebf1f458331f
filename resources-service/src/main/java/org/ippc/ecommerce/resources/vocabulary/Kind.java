package org.ippc.ecommerce.resources.vocabulary;

/** The controlled vocabularies of the catalogue. */
public enum Kind {
    RESOURCE_TYPE("resource-type"),
    TOPIC("topic"),
    COMMODITY_CLASS("commodity-class"),
    REGION("region"),
    PROVIDER_TYPE("provider-type");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
