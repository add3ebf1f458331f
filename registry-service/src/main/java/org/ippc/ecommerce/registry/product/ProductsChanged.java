package org.ippc.ecommerce.registry.product;

/** Fired when the high-risk product list changed, so that what depends on it is rebuilt after commit. */
public record ProductsChanged(long productId) {}
