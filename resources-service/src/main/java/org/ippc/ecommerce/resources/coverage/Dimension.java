package org.ippc.ecommerce.resources.coverage;

import java.util.Arrays;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.resources.network.NetworkGap;

/** A dimension of the coverage table: a vocabulary resources are described with, and gaps too. */
enum Dimension {
    TOPIC("topic", "topics"),
    LANGUAGE("language", "languages"),
    REGION("region", "regions"),
    COMMODITY_CLASS("commodityClass", "commodity_classes");

    private final String code;
    private final String column;

    Dimension(String code, String column) {
        this.code = code;
        this.column = column;
    }

    String code() {
        return code;
    }

    /** The array column of contributed_resource that holds the dimension (a constant, never caller input). */
    String column() {
        return column;
    }

    static Dimension fromCode(String code) {
        return Arrays.stream(values())
                .filter(dimension -> dimension.code.equals(code))
                .findFirst()
                .orElseThrow(() -> Problems.badRequest(
                        "Unknown dimension '%s'; one of topic, language, region, commodityClass.".formatted(code)));
    }

    /**
     * Whether the gap lacks material at this value: it names the value, or says nothing narrower (a global gap lacks
     * it in every region, a gap without a commodity class in every class).
     */
    boolean gapLacks(NetworkGap gap, String value) {
        return switch (this) {
            case TOPIC -> gap.topics().contains(value);
            case LANGUAGE -> gap.languages().contains(value);
            case REGION -> gap.regions().contains(value) || gap.regions().contains("global");
            case COMMODITY_CLASS ->
                gap.commodityClass() == null || gap.commodityClass().equals(value);
        };
    }
}
