package org.ippc.ecommerce.registry.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ippc.ecommerce.registry.screening.ScreeningResult.Seller;
import org.ippc.ecommerce.registry.trader.MarketplaceDomains;
import org.ippc.ecommerce.registry.trader.PresenceHolder;
import org.ippc.ecommerce.registry.trader.PresenceKeys;
import org.ippc.ecommerce.registry.trader.TraderRepository;
import org.ippc.ecommerce.registry.trader.TraderRepository.NameMatch;

/**
 * Finds the registered trader behind each item of a batch, in two queries: by the marketplace store or the
 * seller's website when the item names one (the most specific key held wins); otherwise, for a parcel
 * declaration, by its sender, among the traders established in the sender's country holding a word of the sender's
 * name, by the similarity of their legal or trading names to the sender's name, each sender once however many of the
 * batch's items name it. The best is taken when it is alike enough, ahead of the next, and its matched name has no
 * word telling traders apart that the sender's name lacks.
 */
@ApplicationScoped
class SellerFinder {
    /**
     * The similarity (pg_trgm, 0 to 1) from which a sender's name is taken for a registered trader's, their legal forms
     * and joining words set aside: "Viveros Almendral Sociedad Limitada" is "Viveros Almendral S.L.".
     */
    static final double ACCEPTED_SIMILARITY = 0.5;

    /**
     * How far the best candidate must lead the next by rank: two traders named alike are not told apart by a name,
     * unless the sender gave the legal form of one.
     */
    static final double LEAD = 0.1;

    private static final Seller UNKNOWN = new Seller("unknown", null, null, null, null, null);

    private final TraderRepository traders;
    private final MarketplaceDomains marketplaces;
    private final int commonWordHolders;

    SellerFinder(
            TraderRepository traders,
            MarketplaceDomains marketplaces,
            @ConfigProperty(name = "ippc.screening.senders.common-word-holders") int commonWordHolders) {
        this.traders = traders;
        this.marketplaces = marketplaces;
        this.commonWordHolders = commonWordHolders;
    }

    /** The seller of each item, in the items' order; {@code unknown} when no registered trader is found. */
    @Transactional
    List<Seller> find(List<ScreeningRequest.Item> items) {
        List<List<String>> keys = items.stream().map(this::sellerKeys).toList();
        Set<String> allKeys = new HashSet<>();
        keys.forEach(allKeys::addAll);
        Map<String, PresenceHolder> holders = traders.holdersOf(allKeys);

        // A courier's batch names the same sender on many parcels: each sender is looked for once.
        Map<SenderName, List<Integer>> itemsBySender = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ScreeningRequest.Sender sender = items.get(i).sender();
            if (keys.get(i).isEmpty() && sender != null && sender.countryCode() != null && hasText(sender.name())) {
                itemsBySender
                        .computeIfAbsent(
                                new SenderName(
                                        sender.countryCode(), sender.name().strip()),
                                named -> new ArrayList<>())
                        .add(i);
            }
        }
        List<SenderName> senders = List.copyOf(itemsBySender.keySet());
        Map<Long, List<NameMatch>> candidates = traders
                .nameMatches(
                        senders.stream().map(SenderName::countryCode).toList(),
                        senders.stream().map(SenderName::name).toList(),
                        commonWordHolders)
                .stream()
                .collect(Collectors.groupingBy(NameMatch::sender));

        List<Seller> sellers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            sellers.add(byKey(keys.get(i), holders));
        }
        for (int asked = 0; asked < senders.size(); asked++) {
            // The query numbers senders from 1 (WITH ORDINALITY).
            Seller found = bySenderName(candidates.getOrDefault(asked + 1L, List.of()));
            itemsBySender.get(senders.get(asked)).forEach(item -> sellers.set(item, found));
        }
        return sellers;
    }

    /** A sender as a declaration names it: the country it sends from and its name. */
    private record SenderName(String countryCode, String name) {}

    /** The keys an item's seller may be registered under, the most specific first. */
    private List<String> sellerKeys(ScreeningRequest.Item item) {
        List<String> keys = new ArrayList<>();
        if (item.marketplace() != null) {
            keys.add(PresenceKeys.store(
                    item.marketplace().platform(), item.marketplace().storeId()));
        }
        if (item.sellerUrl() != null) {
            keys.addAll(marketplaces.sellerKeys(item.sellerUrl()));
        }
        return keys;
    }

    private static Seller byKey(List<String> keys, Map<String, PresenceHolder> holders) {
        for (String key : keys) {
            PresenceHolder holder = holders.get(key);
            if (holder != null) {
                return new Seller(
                        holder.status().code(),
                        holder.registrationNumber(),
                        holder.countryCode(),
                        PresenceKeys.isWebsite(key) ? "website" : "store",
                        null,
                        null);
            }
        }
        return UNKNOWN;
    }

    private static Seller bySenderName(List<NameMatch> candidates) {
        if (candidates.isEmpty()) {
            return UNKNOWN;
        }
        NameMatch best = candidates.getFirst();
        boolean ahead = candidates.size() == 1 || leads(best, candidates.get(1));
        // "Samenhaus Krüger GmbH" is like "Samenhaus Müller GmbH" by its letters, but names another business.
        if (best.score() < ACCEPTED_SIMILARITY || !ahead || best.unmatchedWords() > 0) {
            return UNKNOWN;
        }
        return new Seller(
                best.status(),
                best.registrationNumber(),
                best.countryCode(),
                "sender-name",
                Math.round(best.score() * 100) / 100.0,
                best.name());
    }

    /**
     * Ahead by the whole names, so that the legal form the sender gave counts, and not behind once legal forms are
     * set aside: "Viveros Almendral Sociedad Limitada" is not taken for "Viveros Almendros Sociedad Limitada" when
     * "Viveros Almendral S.L." is registered too.
     */
    private static boolean leads(NameMatch best, NameMatch next) {
        return best.rank() - next.rank() >= LEAD && best.score() >= next.score();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
