package org.ippc.ecommerce.registry.trader;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trader as NPPOs and the Secretariat read it, restricted fields included. */
@Schema(name = "Trader")
public record TraderView(
        long id,
        String registrationNumber,
        @Schema(nullable = true) String nationalRegisterNumber,
        String legalName,
        List<String> tradingNames,
        String countryCode,
        @Schema(nullable = true) String address,
        @Schema(nullable = true) String contactEmail,
        @Schema(nullable = true) String contactPhone,
        @Schema(nullable = true) String businessRegisterNumber,
        List<String> websites,
        List<TraderRequest.Store> stores,
        List<String> productClasses,
        List<String> shipToCountries,

        @Schema(enumeration = {"registered", "suspended", "deregistered"})
        String status,

        @Schema(nullable = true) String statusReason,
        @Schema(nullable = true) String complianceNotes,
        Instant createdAt,

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "on creation: traders of the same country with a very similar name")
        List<String> warnings) {

    /** The same view with its websites and stores in a fixed order, to compare two views. */
    TraderView withPresencesSorted() {
        return new TraderView(
                id,
                registrationNumber,
                nationalRegisterNumber,
                legalName,
                tradingNames,
                countryCode,
                address,
                contactEmail,
                contactPhone,
                businessRegisterNumber,
                websites.stream().sorted().toList(),
                stores.stream()
                        .sorted(Comparator.comparing(TraderRequest.Store::platform)
                                .thenComparing(TraderRequest.Store::storeId))
                        .toList(),
                productClasses,
                shipToCountries,
                status,
                statusReason,
                complianceNotes,
                createdAt,
                warnings);
    }

    static TraderView of(Trader trader) {
        return of(trader, List.of());
    }

    static TraderView of(Trader trader, List<String> warnings) {
        return new TraderView(
                trader.id,
                trader.registrationNumber,
                trader.nationalRegisterNumber,
                trader.legalName,
                trader.tradingNames,
                trader.countryCode,
                trader.address,
                trader.contactEmail,
                trader.contactPhone,
                trader.businessRegisterNumber,
                trader.presences.stream()
                        .filter(p -> OnlinePresence.WEBSITE.equals(p.kind))
                        .map(p -> PresenceKeys.readableWebsite(p.key))
                        .toList(),
                trader.presences.stream()
                        .filter(p -> OnlinePresence.STORE.equals(p.kind))
                        .map(p -> new TraderRequest.Store(p.platform, p.storeId, p.url))
                        .toList(),
                trader.productClasses,
                trader.shipToCountries,
                trader.status.code(),
                trader.statusReason,
                trader.complianceNotes,
                trader.createdAt,
                warnings);
    }
}
