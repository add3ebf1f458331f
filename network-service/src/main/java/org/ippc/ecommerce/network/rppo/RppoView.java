package org.ippc.ecommerce.network.rppo;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rppo", description = "A Regional Plant Protection Organization and its member countries.")
public record RppoView(
        @Schema(examples = "EPPO") String acronym,

        @Schema(examples = "European and Mediterranean Plant Protection Organization")
        String name,

        @Schema(examples = "Paris, France") String seat,
        String website,
        List<Member> members) {

    @Schema(name = "RppoMember")
    public record Member(
            @Schema(description = "ISO 3166-1 alpha-2", examples = "FR")
            String countryCode,

            @Schema(enumeration = {"member", "associate", "unconfirmed"})
            String membership) {}

    static RppoView of(Rppo rppo) {
        return new RppoView(
                rppo.acronym,
                rppo.name,
                rppo.seat,
                rppo.website,
                rppo.members.stream()
                        .map(m -> new Member(m.countryCode, m.membership))
                        .toList());
    }
}
