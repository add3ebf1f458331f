package org.ippc.ecommerce.platform;

import java.util.Arrays;
import java.util.List;

/**
 * CSV cells that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return) are written with an
 * apostrophe before them, and read back without it.
 */
public final class SpreadsheetCells {
    /** What a spreadsheet takes for the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {}

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The items of a cell that lists several, separated by {@code ;}, without blanks; none for null. */
    public static List<String> items(String cell) {
        return cell == null
                ? List.of()
                : Arrays.stream(cell.split(";"))
                        .map(String::strip)
                        .filter(item -> !item.isEmpty())
                        .toList();
    }

    /** A cell as it was before {@link #safe}, so that an exported file imports back as it was. */
    public static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }
}
