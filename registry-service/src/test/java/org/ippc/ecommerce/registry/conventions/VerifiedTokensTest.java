package org.ippc.ecommerce.registry.conventions;

import io.quarkus.test.junit.QuarkusTest;
import org.ippc.ecommerce.platform.testing.VerifiedTokensConventions;

@QuarkusTest
class VerifiedTokensTest extends VerifiedTokensConventions {}
