package org.ippc.ecommerce.network.testing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.ippc.ecommerce.platform.testing.PostgresDatabase;

/** Registers the kit's PostgreSQL database for every test of the service. */
@WithTestResource(value = PostgresDatabase.class, scope = TestResourceScope.GLOBAL)
final class TestDatabase {}
