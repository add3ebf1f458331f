package org.ippc.ecommerce.network.initiative;

/** Filters of the initiative list; a null filter matches everything. */
public record InitiativeQuery(String rppo, String country, String type, String status, Integer year, String text) {}
