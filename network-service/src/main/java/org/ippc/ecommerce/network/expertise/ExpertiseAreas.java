package org.ippc.ecommerce.network.expertise;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ippc.ecommerce.platform.Problems;

@ApplicationScoped
public class ExpertiseAreas implements PanacheRepositoryBase<ExpertiseArea, String> {

    public List<ExpertiseArea> listInOrder() {
        return listAll(Sort.by("position"));
    }

    /** A 400 problem naming the codes that are not on the controlled list. */
    public void requireKnown(Collection<String> codes) {
        Set<String> known = listAll().stream().map(area -> area.code).collect(Collectors.toSet());
        List<String> unknown =
                codes.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw Problems.badRequest(
                    "Unknown areas of expertise %s; see /v1/expertise-areas for the list.".formatted(unknown));
        }
    }
}
