package org.ippc.ecommerce.network.conventions;

import io.quarkus.test.junit.QuarkusTest;
import org.ippc.ecommerce.platform.testing.OperationsEndpointsConventions;

@QuarkusTest
class OperationsEndpointsTest extends OperationsEndpointsConventions {

    @Override
    protected String publicRead() {
        return "/v1/rppos";
    }

    @Override
    protected String apiTitle() {
        return "IPPC e-commerce network API";
    }
}
