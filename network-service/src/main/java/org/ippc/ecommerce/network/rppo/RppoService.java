package org.ippc.ecommerce.network.rppo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ippc.ecommerce.platform.Problems;

@ApplicationScoped
public class RppoService {
    private final RppoRepository rppos;

    RppoService(RppoRepository rppos) {
        this.rppos = rppos;
    }

    public List<RppoView> list() {
        return rppos.listWithMembers().stream().map(RppoView::of).toList();
    }

    public RppoView get(String acronym) {
        return rppos.findWithMembers(acronym)
                .map(RppoView::of)
                .orElseThrow(() -> Problems.notFound("There is no RPPO with the acronym '" + acronym + "'."));
    }

    public List<RppoView> ofCountry(String countryCode) {
        return rppos.listByMemberCountry(countryCode).stream().map(RppoView::of).toList();
    }
}
