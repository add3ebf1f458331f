package org.ippc.ecommerce.network.conventions;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.ippc.ecommerce.platform.testing.RoleMatrixConventions;

@QuarkusTest
class RoleMatrixTest extends RoleMatrixConventions {

    @Override
    protected List<Endpoint> protectedEndpoints() {
        return List.of(
                new Endpoint("POST", "/v1/organizations", Set.of("secretariat", "rppo")),
                new Endpoint("PUT", "/v1/organizations/987654321", Set.of("secretariat", "rppo")),
                new Endpoint("GET", "/v1/organizations/987654321/history", Set.of("secretariat", "rppo")),
                new Endpoint("POST", "/v1/nominations", Set.of("rppo")),
                new Endpoint("GET", "/v1/nominations", Set.of("secretariat", "rppo")),
                new Endpoint("GET", "/v1/nominations/987654321", Set.of("secretariat", "rppo")),
                new Endpoint("PUT", "/v1/nominations/987654321", Set.of("rppo")),
                new Endpoint("GET", "/v1/nominations/987654321/history", Set.of("secretariat", "rppo")),
                new Endpoint("POST", "/v1/nominations/987654321/acceptance", Set.of("secretariat")),
                new Endpoint("POST", "/v1/nominations/987654321/decline", Set.of("secretariat")),
                new Endpoint("POST", "/v1/experts", Set.of("secretariat")),
                new Endpoint("PUT", "/v1/experts/987654321", Set.of("secretariat", "rppo", "expert")),
                new Endpoint("PUT", "/v1/experts/987654321/consent", Set.of("secretariat", "rppo", "expert")),
                new Endpoint("POST", "/v1/experts/987654321/withdrawal", Set.of("secretariat", "rppo", "expert")),
                new Endpoint("POST", "/v1/experts/987654321/erasure", Set.of("secretariat", "expert")),
                new Endpoint("GET", "/v1/experts/987654321/history", Set.of("secretariat", "rppo", "expert")),
                new Endpoint("POST", "/v1/initiatives", Set.of("rppo")),
                new Endpoint("PUT", "/v1/initiatives/987654321", Set.of("secretariat", "rppo")),
                new Endpoint("GET", "/v1/initiatives/987654321/history", Set.of("secretariat", "rppo")),
                new Endpoint("POST", "/v1/gaps", Set.of("secretariat", "rppo", "expert")),
                new Endpoint("POST", "/v1/gaps/987654321/status", Set.of("secretariat")),
                new Endpoint("POST", "/v1/gaps/987654321/assignments", Set.of("secretariat", "rppo")),
                new Endpoint("POST", "/v1/gaps/987654321/closure", Set.of("secretariat")),
                new Endpoint("GET", "/v1/gaps/987654321/history", Set.of("secretariat")));
    }

    @Override
    protected List<String> publicReads() {
        return List.of(
                "/v1/rppos",
                "/v1/rppos/EPPO",
                "/v1/countries/FR/rppos",
                "/v1/organizations",
                "/v1/expertise-areas",
                "/v1/experts",
                "/v1/initiatives",
                "/v1/gaps");
    }
}
