package org.ippc.ecommerce.network.conventions;

import io.quarkus.test.junit.QuarkusTest;
import org.ippc.ecommerce.platform.testing.OpenApiContractConventions;

@QuarkusTest
class OpenApiContractTest extends OpenApiContractConventions {}
