package org.ippc.ecommerce.platform;

/** A text and the language it is really in: English when the language asked for has no translation of it. */
public record Translated(String text, String language) {}
