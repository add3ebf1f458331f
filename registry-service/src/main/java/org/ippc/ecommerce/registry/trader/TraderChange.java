package org.ippc.ecommerce.registry.trader;

import java.util.List;
import org.ippc.ecommerce.registry.change.ChangeFeed.Change;

/** What the change feed tells of a trader: its registration, name, status and online presences, nothing restricted. */
record TraderChange(
        String registrationNumber,
        String name,
        String countryCode,
        String status,
        List<String> websites,
        List<TraderRequest.Store> stores) {

    static Change of(String type, TraderView trader) {
        return new Change(
                type,
                trader.id(),
                new TraderChange(
                        trader.registrationNumber(),
                        trader.legalName(),
                        trader.countryCode(),
                        trader.status(),
                        trader.websites(),
                        trader.stores()));
    }

    /** Whether the trader's websites or stores differ between the two views. */
    static boolean presencesDiffer(TraderView before, TraderView after) {
        TraderView sortedBefore = before.withPresencesSorted();
        TraderView sortedAfter = after.withPresencesSorted();
        return !sortedBefore.websites().equals(sortedAfter.websites())
                || !sortedBefore.stores().equals(sortedAfter.stores());
    }
}
