package org.ippc.ecommerce.registry.requirement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExemptionTest {
    private static Exemption upTo(Integer max, String unit) {
        return new Exemption("personal-use", max, unit, Map.of());
    }

    @Test
    void anExemptionWithoutAQuantityCoversAnyConsignment() {
        assertTrue(upTo(null, null).covers(null, null));
        assertTrue(upTo(null, null).covers(new BigDecimal("1000"), "kilograms"));
    }

    @Test
    void aQuantityIsCoveredUpToTheMaximumInTheSameUnitOnly() {
        Exemption fivePackets = upTo(5, "packets");
        assertTrue(fivePackets.covers(new BigDecimal("3"), "packets"));
        assertTrue(fivePackets.covers(new BigDecimal("5"), "packets"));
        assertFalse(fivePackets.covers(new BigDecimal("6"), "packets"));
        assertFalse(fivePackets.covers(new BigDecimal("3"), "plants"));
        assertFalse(fivePackets.covers(null, null));
    }

    @Test
    void gramsAndKilogramsConvert() {
        assertTrue(upTo(500, "grams").covers(new BigDecimal("0.2"), "kilograms"));
        assertFalse(upTo(500, "grams").covers(new BigDecimal("0.6"), "kilograms"));
        assertTrue(upTo(1, "kilograms").covers(new BigDecimal("900"), "grams"));
        assertFalse(upTo(1, "kilograms").covers(new BigDecimal("1001"), "grams"));
    }
}
