package org.ippc.ecommerce.platform;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One page of a list in id order and the cursor of the next one. The query is asked for one row more
 * than the page holds: that row, when it comes, says that a next page exists, without a count.
 */
public record KeysetPage<V>(List<V> items, String next) {

    /** The rows after an id, {@code size} at most, in id order. */
    @FunctionalInterface
    public interface Rows<R> {
        List<R> after(long afterId, int size);
    }

    public static <R, V> KeysetPage<V> fetch(
            String cursor, int limit, Rows<R> rows, ToLongFunction<R> idOf, Function<R, V> view) {
        List<R> found = rows.after(Cursor.afterId(cursor), limit + 1);
        String next = found.size() > limit ? Cursor.of(idOf.applyAsLong(found.get(limit - 1))) : null;
        return new KeysetPage<>(found.stream().limit(limit).map(view).toList(), next);
    }
}
