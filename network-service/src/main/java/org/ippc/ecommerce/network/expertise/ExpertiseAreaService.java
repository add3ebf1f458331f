package org.ippc.ecommerce.network.expertise;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ExpertiseAreaService {
    private final ExpertiseAreas areas;

    ExpertiseAreaService(ExpertiseAreas areas) {
        this.areas = areas;
    }

    public List<ExpertiseAreaView> list() {
        return areas.listInOrder().stream()
                .map(area -> new ExpertiseAreaView(area.code, area.name))
                .toList();
    }
}
