package org.ippc.ecommerce.registry.trader;

/** The registration of the trader that holds a website or store, as screening reports it. */
public record PresenceHolder(TraderStatus status, String registrationNumber, String countryCode) {}
