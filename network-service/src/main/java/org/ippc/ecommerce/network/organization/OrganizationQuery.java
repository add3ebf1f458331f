package org.ippc.ecommerce.network.organization;

/** Filters of the organization list; a null filter matches everything. */
public record OrganizationQuery(String name, OrganizationType type, String country) {}
