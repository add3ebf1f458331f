package org.ippc.ecommerce.registry.screening;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.Translated;
import org.ippc.ecommerce.registry.guidance.Guidance;
import org.ippc.ecommerce.registry.requirement.ImportRequirement;
import org.ippc.ecommerce.registry.requirement.RequirementRepository;
import org.ippc.ecommerce.registry.requirement.RequirementRepository.CountryProduct;
import org.ippc.ecommerce.registry.screening.ScreeningResult.ItemResult;
import org.ippc.ecommerce.registry.screening.ScreeningResult.MatchedClass;
import org.ippc.ecommerce.registry.screening.ScreeningResult.MatchedProduct;
import org.ippc.ecommerce.registry.screening.ScreeningResult.Requirement;
import org.ippc.ecommerce.registry.screening.ScreeningResult.Seller;
import org.ippc.ecommerce.registry.trader.TraderStatus;

/**
 * Screens a batch of listings: every item against the compiled product names and class words and the HS codes
 * (one snapshot of the product list, in memory), then, for the whole batch at once, the destinations' requirements in force today and the
 * sellers' registrations ({@link SellerFinder}); one verdict per item.
 */
@ApplicationScoped
public class ScreeningService {
    public static final int MAX_ITEMS = 1000;

    private final ProductMatcher matcher;
    private final RequirementRepository requirements;
    private final SellerFinder sellerFinder;
    private final ScreeningStatistics statistics;
    private final Guidance guidance;
    private final Caller caller;
    private final Clock clock;
    private final MeterRegistry meters;

    ScreeningService(
            ProductMatcher matcher,
            RequirementRepository requirements,
            SellerFinder sellerFinder,
            ScreeningStatistics statistics,
            Guidance guidance,
            Caller caller,
            Clock clock,
            MeterRegistry meters) {
        this.matcher = matcher;
        this.requirements = requirements;
        this.sellerFinder = sellerFinder;
        this.statistics = statistics;
        this.guidance = guidance;
        this.caller = caller;
        this.clock = clock;
        this.meters = meters;
    }

    /** A product found in an item, before the products are loaded. */
    private record Found(long productId, String matchedBy, String language, String field) {}

    /** Screens the items; the products found are named in {@code language} where they have a name in it. */
    public ScreeningResult screen(ScreeningRequest request, String language) {
        List<ScreeningRequest.Item> items = request.items();
        if (items.size() > MAX_ITEMS) {
            throw HttpProblem.builder()
                    .withStatus(413)
                    .withTitle("Too many items")
                    .withDetail("A screening takes at most %d items; this one has %d. Split it."
                            .formatted(MAX_ITEMS, items.size()))
                    .build();
        }
        ProductMatcher.Snapshot snapshot = matcher.current();
        ListingRecognizer recognizer = snapshot.recognizer();
        ListedProducts listed = snapshot.products();
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Long>> byHsCode = new HashMap<>();
        List<List<Found>> found = new ArrayList<>();
        List<ListingRecognizer.Recognition> recognitions = new ArrayList<>();
        for (ScreeningRequest.Item item : items) {
            List<Found> itemFound = new ArrayList<>();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", item.title());
            fields.put("description", item.description());
            ListingRecognizer.Recognition recognition = recognizer.recognize(fields);
            recognitions.add(recognition);
            if (!recognition.cleared()) {
                recognition
                        .products()
                        .forEach(p -> itemFound.add(new Found(p.productId(), p.matchedBy(), p.language(), p.field())));
            }
            if (item.hsCode() != null) {
                byHsCode.computeIfAbsent(item.hsCode(), listed::idsByHsCode)
                        .forEach(id -> itemFound.add(new Found(id, "hs:" + item.hsCode(), null, "hsCode")));
            }
            found.add(firstPerProduct(itemFound));
        }

        Map<String, Map<Long, List<ImportRequirement>>> inForce = requirementsInForce(items, found, today);
        List<Seller> sellers = sellerFinder.find(items);
        Set<Guidance.Need> needs = new HashSet<>();
        List<List<MatchedClass>> classesNamed =
                recognitions.stream().map(ScreeningService::classesNamed).toList();
        for (int i = 0; i < items.size(); i++) {
            String destination = items.get(i).destinationCountry();
            found.get(i)
                    .forEach(f -> needs.add(
                            new Guidance.Need(listed.get(f.productId()).commodityClass(), destination)));
            classesNamed.get(i).forEach(c -> needs.add(new Guidance.Need(c.commodityClass(), destination)));
        }
        Guidance.Found guidanceFound = guidance.forNeeds(needs);

        List<ItemResult> results = new ArrayList<>();
        Map<String, Map<String, Integer>> tally = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            ScreeningRequest.Item item = items.get(i);
            List<MatchedProduct> matches = found.get(i).stream()
                    .map(f -> {
                        ListedProducts.ListedProduct product = listed.get(f.productId());
                        Translated name = product.nameIn(language);
                        return new MatchedProduct(
                                f.productId(),
                                name.text(),
                                name.language(),
                                product.commodityClass(),
                                f.matchedBy(),
                                f.language(),
                                f.field());
                    })
                    .toList();
            Map<Long, ImportRequirement> itemRequirements = new TreeMap<>();
            Map<Long, List<ImportRequirement>> destination = inForce.getOrDefault(item.destinationCountry(), Map.of());
            for (MatchedProduct match : matches) {
                ImportRequirement.applicable(
                                destination.getOrDefault(match.productId(), List.of()), item.originCountry())
                        .ifPresent(r -> itemRequirements.put(r.productId, r));
            }
            Seller seller = sellers.get(i);
            TraderStatus sellerStatus =
                    seller.registrationNumber() == null ? null : TraderStatus.fromString(seller.status());
            List<MatchedClass> classes = classesNamed.get(i);
            List<String> clearedBy = recognitions.get(i).clearedBy();
            Verdicts.Verdict verdict = Verdicts.decide(
                    matches,
                    classes,
                    clearedBy,
                    itemRequirements,
                    sellerStatus,
                    item.destinationCountry(),
                    item.quantity());
            results.add(new ItemResult(
                    item.id(),
                    verdict.verdict(),
                    verdict.rule(),
                    matches,
                    classes,
                    clearedBy,
                    itemRequirements.values().stream()
                            .map(r -> Requirement.of(r, item.quantity()))
                            .toList(),
                    seller,
                    Stream.concat(
                                    matches.stream().map(MatchedProduct::commodityClass),
                                    classes.stream().map(MatchedClass::commodityClass))
                            .distinct()
                            .flatMap(commodityClass ->
                                    guidanceFound
                                            .of(new Guidance.Need(commodityClass, item.destinationCountry()))
                                            .stream())
                            .toList()));
            counts.merge(verdict.verdict(), 1, Integer::sum);
            tally.computeIfAbsent(item.destinationCountry(), d -> new TreeMap<>())
                    .merge(verdict.verdict(), 1, Integer::sum);
        }
        statistics.record(
                caller.name(), caller.role(), caller.org().orElse(null), Instant.now(clock), items.size(), tally);
        counts.forEach((verdict, count) ->
                meters.counter("ippc.screening.items", "verdict", verdict).increment(count));
        return new ScreeningResult(results, counts, guidanceFound.available());
    }

    /** The classes a listing names by their generic words, each once; none when its title clears it. */
    private static List<MatchedClass> classesNamed(ListingRecognizer.Recognition recognition) {
        if (recognition.cleared()) {
            return List.of();
        }
        Map<String, MatchedClass> first = new LinkedHashMap<>();
        recognition
                .classes()
                .forEach(c -> first.putIfAbsent(
                        c.commodityClass(),
                        new MatchedClass(c.commodityClass(), c.matchedBy(), c.language(), c.field())));
        return List.copyOf(first.values());
    }

    /** One match per product: the first, title before description before HS code. */
    private static List<Found> firstPerProduct(List<Found> found) {
        Map<Long, Found> first = new LinkedHashMap<>();
        found.forEach(f -> first.putIfAbsent(f.productId(), f));
        return List.copyOf(first.values());
    }

    /**
     * The requirements in force today, by destination and product, for the pairs of destination and product the
     * items hold (one query for the batch).
     */
    private Map<String, Map<Long, List<ImportRequirement>>> requirementsInForce(
            List<ScreeningRequest.Item> items, List<List<Found>> found, LocalDate today) {
        Set<CountryProduct> wanted = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String destination = items.get(i).destinationCountry();
            found.get(i).forEach(f -> wanted.add(new CountryProduct(destination, f.productId())));
        }
        return requirements.inForce(wanted, today).stream()
                .collect(Collectors.groupingBy(r -> r.countryCode, Collectors.groupingBy(r -> r.productId)));
    }
}
