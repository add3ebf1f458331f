package org.ippc.ecommerce.registry.screening;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ippc.ecommerce.platform.Translated;

/**
 * The listed products as a screening names them and finds them by HS code, compiled with the recognizer from the
 * same revision of the list, so that a screening reads no product from the database.
 */
public final class ListedProducts {

    /** A listed product: its class, its English name and the others, and its HS codes without their dots. */
    public record ListedProduct(
            long id, String commodityClass, String name, Map<String, String> translatedNames, List<String> hsCodes) {

        /** The name in {@code language}, or the English one when the Secretariat has not given one in it. */
        public Translated nameIn(String language) {
            return Translated.in(language, name, translatedNames);
        }

        /** Whether the code falls under one of the product's, or one of them under it (12 and 1209.91 both). */
        boolean sharesHsHeading(String digits) {
            return hsCodes.stream().anyMatch(code -> digits.startsWith(code) || code.startsWith(digits));
        }
    }

    private final Map<Long, ListedProduct> byId;

    ListedProducts(List<ListedProduct> products) {
        this.byId = products.stream().collect(Collectors.toUnmodifiableMap(ListedProduct::id, Function.identity()));
    }

    /** The product a recognizer of the same revision found. */
    public ListedProduct get(long id) {
        return byId.get(id);
    }

    /**
     * The products with an HS code that the given code falls under, or that falls under it (1209.91.80 finds 1209
     * and 1209.91; 12 finds 1209), dots ignored, in id order.
     */
    public List<Long> idsByHsCode(String code) {
        String digits = withoutDots(code);
        return byId.values().stream()
                .filter(product -> product.sharesHsHeading(digits))
                .map(ListedProduct::id)
                .sorted()
                .toList();
    }

    static String withoutDots(String code) {
        return code.replace(".", "");
    }
}
