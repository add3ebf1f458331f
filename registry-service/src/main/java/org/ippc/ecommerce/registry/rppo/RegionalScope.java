package org.ippc.ecommerce.registry.rppo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;

/**
 * What a caller reading for an RPPO may see: the records of the RPPO's member countries (CPM R-05 asks RPPOs to
 * identify the e-commerce traders within their regions), read-only. A caller that is also an NPPO or the
 * Secretariat reads as such.
 */
@ApplicationScoped
public class RegionalScope {
    private final Caller caller;
    private final RppoMembers members;

    RegionalScope(Caller caller, RppoMembers members) {
        this.caller = caller;
        this.members = members;
    }

    /** The countries the caller may read, when it reads for an RPPO; empty when it may read every country. */
    public Optional<Set<String>> readableCountries() {
        if (!caller.hasRole(Roles.RPPO) || caller.hasRole(Roles.NPPO) || caller.hasRole(Roles.SECRETARIAT)) {
            return Optional.empty();
        }
        return Optional.of(members.of(caller.rppo()));
    }

    /** A 403 unless the caller may read the records of the country. */
    public void requireReadable(String country) {
        readableCountries().filter(countries -> !countries.contains(country)).ifPresent(countries -> {
            throw Problems.forbidden("%s reads the records of its member countries, and %s is not one."
                    .formatted(caller.rppo(), country));
        });
    }

    /** The countries to read: the one asked for (when the caller may), else every country the caller may read. */
    public Optional<Set<String>> countriesToRead(String asked) {
        if (asked != null) {
            requireReadable(asked);
            return Optional.of(Set.of(asked));
        }
        return readableCountries();
    }
}
