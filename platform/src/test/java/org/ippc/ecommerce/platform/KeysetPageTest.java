package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class KeysetPageTest {
    private static final List<Long> IDS = LongStream.rangeClosed(1, 5).boxed().toList();

    private static List<Long> after(long afterId, int size) {
        return IDS.stream().filter(id -> id > afterId).limit(size).toList();
    }

    @Test
    void walksTheWholeListPageByPageWithoutRepeatingOrSkipping() {
        KeysetPage<String> first = KeysetPage.fetch(null, 2, KeysetPageTest::after, id -> id, id -> "#" + id);
        assertEquals(List.of("#1", "#2"), first.items());
        KeysetPage<String> second = KeysetPage.fetch(first.next(), 2, KeysetPageTest::after, id -> id, id -> "#" + id);
        assertEquals(List.of("#3", "#4"), second.items());
        KeysetPage<String> last = KeysetPage.fetch(second.next(), 2, KeysetPageTest::after, id -> id, id -> "#" + id);
        assertEquals(List.of("#5"), last.items());
        assertNull(last.next());
    }

    @Test
    void aPageThatEndsExactlyAtTheLastRowHasNoNext() {
        KeysetPage<Long> all = KeysetPage.fetch(null, 5, KeysetPageTest::after, id -> id, id -> id);
        assertEquals(IDS, all.items());
        assertNull(all.next());
    }
}
