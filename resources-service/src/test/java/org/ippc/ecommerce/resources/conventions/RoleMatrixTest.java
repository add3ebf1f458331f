package org.ippc.ecommerce.resources.conventions;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.ippc.ecommerce.platform.testing.RoleMatrixConventions;

@QuarkusTest
class RoleMatrixTest extends RoleMatrixConventions {

    @Override
    protected List<Endpoint> protectedEndpoints() {
        return List.of(
                new Endpoint("POST", "/v1/resources", Set.of("contributor")),
                new Endpoint("POST", "/v1/calls", Set.of("secretariat")),
                new Endpoint("GET", "/v1/calls/987654321/history", Set.of("secretariat")),
                new Endpoint("GET", "/v1/submissions", Set.of("contributor", "secretariat", "expert")),
                new Endpoint("GET", "/v1/submissions/987654321", Set.of("contributor", "secretariat", "expert")),
                new Endpoint("PUT", "/v1/submissions/987654321", Set.of("contributor", "secretariat")),
                new Endpoint("POST", "/v1/submissions/987654321/consent", Set.of("contributor")),
                new Endpoint("GET", "/v1/submissions/987654321/history", Set.of("contributor", "secretariat")),
                new Endpoint("POST", "/v1/submissions/987654321/reviewers", Set.of("secretariat")),
                new Endpoint("GET", "/v1/submissions/987654321/reviews", Set.of("secretariat", "expert")),
                new Endpoint("POST", "/v1/submissions/987654321/recommendations", Set.of("expert")),
                new Endpoint("POST", "/v1/submissions/987654321/decision", Set.of("secretariat")),
                new Endpoint("POST", "/v1/submissions/987654321/publication", Set.of("secretariat")),
                new Endpoint("POST", "/v1/submissions/987654321/withdrawal", Set.of("secretariat")));
    }

    @Override
    protected List<String> publicReads() {
        return List.of("/v1/resources", "/v1/resources/export", "/v1/coverage", "/v1/vocabularies");
    }
}
