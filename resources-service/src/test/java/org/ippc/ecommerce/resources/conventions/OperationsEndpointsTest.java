package org.ippc.ecommerce.resources.conventions;

import io.quarkus.test.junit.QuarkusTest;
import org.ippc.ecommerce.platform.testing.OperationsEndpointsConventions;

@QuarkusTest
class OperationsEndpointsTest extends OperationsEndpointsConventions {

    @Override
    protected String publicRead() {
        return "/v1/vocabularies";
    }

    @Override
    protected String apiTitle() {
        return "IPPC e-commerce resources API";
    }
}
