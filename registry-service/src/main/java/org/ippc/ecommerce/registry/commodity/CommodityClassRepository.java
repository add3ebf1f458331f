package org.ippc.ecommerce.registry.commodity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CommodityClassRepository implements PanacheRepositoryBase<CommodityClass, String> {

    public List<CommodityClass> listInOrder() {
        return listAll(Sort.by("position"));
    }

    public boolean exists(String code) {
        return count("code", code) > 0;
    }
}
