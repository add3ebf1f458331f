package org.ippc.ecommerce.network.gap;

/** Filters of the gap list; a null filter matches everything. */
public record GapQuery(String status, String topic, String commodityClass, String language, String region) {}
