package org.ippc.ecommerce.registry.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Versioned;
import org.ippc.ecommerce.platform.Versions;
import org.ippc.ecommerce.registry.commodity.CommodityClassRepository;

@ApplicationScoped
public class ProductService {
    private static final String RECORD_TYPE = "product";

    private final ProductRepository products;
    private final CommodityClassRepository commodityClasses;
    private final History history;
    private final Event<ProductsChanged> changed;
    private final Caller caller;
    private final Clock clock;

    ProductService(
            ProductRepository products,
            CommodityClassRepository commodityClasses,
            History history,
            Event<ProductsChanged> changed,
            Caller caller,
            Clock clock) {
        this.products = products;
        this.commodityClasses = commodityClasses;
        this.history = history;
        this.changed = changed;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ProductView create(NewProduct request) {
        requireKnownCommodityClass(request.commodityClass());
        requireUniqueName(request.name().strip(), null);
        HighRiskProduct product = new HighRiskProduct();
        product.createdAt = Instant.now(clock);
        product.createdBy = caller.name();
        apply(request, product);
        products.persist(product);
        products.flush();
        ProductView created = ProductView.of(product);
        history.record(RECORD_TYPE, product.id, "listed", null, created, null);
        changed.fire(new ProductsChanged(product.id));
        return created;
    }

    /**
     * Replaces every field, search terms included (the Secretariat); If-Match required. A request that
     * would leave the product as it reads changes nothing: no new version, no history entry.
     */
    @Transactional
    public Versioned<ProductView> replace(long id, String ifMatch, NewProduct request) {
        HighRiskProduct product = find(id);
        Versions.requireMatch(ifMatch, product.version);
        requireKnownCommodityClass(request.commodityClass());
        requireUniqueName(request.name().strip(), id);
        ProductView before = ProductView.of(product);
        apply(request, product);
        ProductView after = ProductView.of(product);
        if (after.equals(before)) {
            return versioned(product);
        }
        // Search terms are a collection the product does not own: changing only them would leave the version as it was.
        products.getEntityManager().lock(product, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        products.flush();
        history.record(RECORD_TYPE, id, "updated", before, after, null);
        changed.fire(new ProductsChanged(id));
        return versioned(product);
    }

    /** Retires the product from the list, or lists it again: screening follows at once. */
    @Transactional
    public Versioned<ProductView> changeStatus(long id, ProductStatusChange change) {
        HighRiskProduct product = find(id);
        ProductStatus wanted = ProductStatus.fromString(change.status());
        product.status.requireMayBecome(wanted, id);
        ProductView before = ProductView.of(product);
        product.status = wanted;
        product.statusReason = change.reason().strip();
        products.flush();
        history.record(RECORD_TYPE, id, change.status(), before, ProductView.of(product), product.statusReason);
        changed.fire(new ProductsChanged(id));
        return versioned(product);
    }

    /** A product NPPOs may set requirements for: one on the list. */
    public HighRiskProduct listed(long id) {
        HighRiskProduct product = find(id);
        if (product.status == ProductStatus.RETIRED) {
            throw Problems.conflict(
                    "Product %d is retired from the high-risk list: %s".formatted(id, product.statusReason));
        }
        return product;
    }

    public HighRiskProduct find(long id) {
        return products.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("There is no high-risk product " + id + "."));
    }

    public Versioned<ProductView> read(long id) {
        return versioned(find(id));
    }

    public List<HistoryView> history(long id) {
        find(id);
        return history.of(RECORD_TYPE, id);
    }

    /** One page of the products of a status, of one commodity class when given, in id order. */
    public ProductPage page(String status, String commodityClass, String cursor, int limit) {
        if (commodityClass != null) {
            requireKnownCommodityClass(commodityClass);
        }
        ProductStatus ofStatus = ProductStatus.fromString(status);
        KeysetPage<ProductView> page = KeysetPage.fetch(
                cursor,
                limit,
                (afterId, size) -> products.page(ofStatus, commodityClass, afterId, size),
                product -> product.id,
                ProductView::of);
        return new ProductPage(page.items(), page.next());
    }

    private void requireUniqueName(String name, Long exceptId) {
        products.findByName(name)
                .filter(existing -> !existing.id.equals(exceptId))
                .ifPresent(existing -> {
                    throw Problems.conflict(
                            "The product '%s' is already on the list as %d.".formatted(existing.name, existing.id));
                });
    }

    private static void apply(NewProduct request, HighRiskProduct product) {
        product.name = request.name().strip();
        product.translatedNames = new TreeMap<>();
        request.translatedNames().forEach((language, name) -> product.translatedNames.put(language, name.strip()));
        product.description = request.description().strip();
        product.commodityClass = request.commodityClass();
        product.hsCodes = List.copyOf(request.hsCodes());
        product.taxa = List.copyOf(request.taxa());
        product.pests = List.copyOf(request.pests());
        Map<String, Term> wanted = new LinkedHashMap<>();
        for (Term term : request.searchTerms()) {
            String text = term.term().strip();
            wanted.putIfAbsent(term.language() + "|" + text.toLowerCase(Locale.ROOT), new Term(term.language(), text));
        }
        product.terms.removeIf(held -> !wanted.containsKey(held.language + "|" + held.term.toLowerCase(Locale.ROOT)));
        // A term kept takes the request's spelling ("Rare seeds" for "rare seeds").
        product.terms.forEach(
                held -> held.term = wanted.remove(held.language + "|" + held.term.toLowerCase(Locale.ROOT))
                        .term());
        for (Term term : wanted.values()) {
            SearchTerm searchTerm = new SearchTerm();
            searchTerm.product = product;
            searchTerm.language = term.language();
            searchTerm.term = term.term();
            product.terms.add(searchTerm);
        }
    }

    private void requireKnownCommodityClass(String code) {
        if (!commodityClasses.exists(code)) {
            throw Problems.badRequest(
                    "Unknown commodity class '%s'; see /v1/commodity-classes for the list.".formatted(code));
        }
    }

    private static Versioned<ProductView> versioned(HighRiskProduct product) {
        return new Versioned<>(ProductView.of(product), product.version);
    }
}
