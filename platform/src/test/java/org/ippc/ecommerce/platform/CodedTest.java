package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CodedTest {

    enum Phase implements Coded {
        UNDER_REVIEW("under-review"),
        PUBLISHED("published");

        private final String code;

        Phase(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    @Test
    void eachCodeGivesItsConstant() {
        assertSame(Phase.UNDER_REVIEW, Coded.of(Phase.class, "under-review"));
        assertSame(Phase.PUBLISHED, Coded.of(Phase.class, "published"));
    }

    @Test
    void anUnknownCodeIsRefusedByName() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Coded.of(Phase.class, "PUBLISHED"));
        assertEquals("Unknown Phase PUBLISHED", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Coded.of(Phase.class, null));
    }
}
