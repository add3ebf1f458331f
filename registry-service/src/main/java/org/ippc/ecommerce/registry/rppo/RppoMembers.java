package org.ippc.ecommerce.registry.rppo;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.registry.rppo.client.RppoMember;
import org.ippc.ecommerce.registry.rppo.client.RppoMember.MembershipEnum;
import org.ippc.ecommerce.registry.rppo.client.RpposApi;

/**
 * The member countries of each RPPO, as network-service's public RPPO API gives them, kept here: read again in the
 * background once they are older than {@code ippc.rppo.members.refresh-after}, and kept as they were while
 * network-service cannot answer. Only an RPPO never read here while network-service is down gets a 503.
 */
@ApplicationScoped
public class RppoMembers {
    private static final Set<MembershipEnum> READING = EnumSet.of(MembershipEnum.MEMBER, MembershipEnum.ASSOCIATE);
    private static final int RETRY_AFTER_SECONDS = 30;

    private final LoadingCache<String, Set<String>> members;

    RppoMembers(
            @RestClient RpposApi rppos,
            @ConfigProperty(name = "ippc.rppo.members.refresh-after", defaultValue = "PT1H") Duration refreshAfter) {
        this.members = Caffeine.newBuilder()
                .refreshAfterWrite(refreshAfter)
                .build(acronym -> rppos.rppoResourceGet(acronym).getMembers().stream()
                        .filter(member -> READING.contains(member.getMembership()))
                        .map(RppoMember::getCountryCode)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** The countries whose records the RPPO reads: its members and associate members. */
    public Set<String> of(String acronym) {
        try {
            return members.get(acronym);
        } catch (RuntimeException unreachable) {
            throw Problems.serviceUnavailable(
                    "The member countries of %s are kept by network-service, which cannot be reached now; try again."
                            .formatted(acronym),
                    RETRY_AFTER_SECONDS);
        }
    }
}
