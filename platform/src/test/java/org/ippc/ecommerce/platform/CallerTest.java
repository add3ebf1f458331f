package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTest {
    /** A token whose groups are copied into a new set at each read, as smallrye-jwt's are, and counted. */
    private static final class Token implements JsonWebToken {
        private final Set<String> groups;
        int groupReads;

        Token(Set<String> groups) {
            this.groups = groups;
        }

        @Override
        public String getName() {
            return "officer@nppo.invalid";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of();
        }

        @Override
        public <T> T getClaim(String claimName) {
            return null;
        }

        @Override
        public Set<String> getGroups() {
            groupReads++;
            return groups == null ? null : new HashSet<>(groups);
        }
    }

    @Test
    void theRoleIsTheFirstKnownGroupInTheRolesOrder() {
        assertEquals(Roles.NPPO, new Caller(new Token(Set.of(Roles.SCREENER, Roles.NPPO))).role());
        assertEquals(Roles.SECRETARIAT, new Caller(new Token(Set.of(Roles.EXPERT, Roles.SECRETARIAT))).role());
        assertEquals("public", new Caller(new Token(Set.of("someone-else"))).role());
        assertEquals("public", new Caller(new Token(null)).role());
    }

    @Test
    void theRoleReadsTheTokensGroupsOnce() {
        Token token = new Token(Set.of(Roles.SCREENER));
        assertEquals(Roles.SCREENER, new Caller(token).role());
        assertEquals(1, token.groupReads);
    }

    @Test
    void hasRoleAnswersWhetherTheTokenHoldsTheRole() {
        Caller caller = new Caller(new Token(Set.of(Roles.RPPO)));
        assertTrue(caller.hasRole(Roles.RPPO));
        assertFalse(caller.hasRole(Roles.NPPO));
        assertFalse(new Caller(new Token(null)).hasRole(Roles.RPPO));
    }
}
