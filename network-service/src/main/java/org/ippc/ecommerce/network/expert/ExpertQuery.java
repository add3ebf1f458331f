package org.ippc.ecommerce.network.expert;

/** Filters of the public directory; a null filter matches everything. */
public record ExpertQuery(String expertise, String language, String country, String rppo, String text) {}
