package org.ippc.ecommerce.registry.product;

import jakarta.persistence.Converter;
import java.util.List;
import org.ippc.ecommerce.platform.Coded;
import org.ippc.ecommerce.platform.CodedColumn;
import org.ippc.ecommerce.platform.Problems;

/** listed ⇄ retired (by the Secretariat, with a reason): a retired product is no longer screened for. */
public enum ProductStatus implements Coded {
    LISTED(ProductStatusChange.LISTED),
    RETIRED(ProductStatusChange.RETIRED);

    private final String code;

    ProductStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The states a product in this one may become. */
    private List<ProductStatus> next() {
        return switch (this) {
            case LISTED -> List.of(RETIRED);
            case RETIRED -> List.of(LISTED);
        };
    }

    /** A 409 naming the state it may become, unless it may become {@code wanted}: the state it is in already. */
    public void requireMayBecome(ProductStatus wanted, long productId) {
        if (!next().contains(wanted)) {
            throw Problems.illegalTransition(
                    "Product %d is %s already.".formatted(productId, code),
                    code,
                    next().stream().map(ProductStatus::code).toList());
        }
    }

    /** The status of a code, as requests and the database spell it. */
    public static ProductStatus fromString(String code) {
        return Coded.of(ProductStatus.class, code);
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<ProductStatus> {
        public Column() {
            super(ProductStatus.class);
        }
    }
}
