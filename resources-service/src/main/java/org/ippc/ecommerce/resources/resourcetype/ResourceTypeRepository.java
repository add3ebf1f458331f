package org.ippc.ecommerce.resources.resourcetype;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ResourceTypeRepository implements PanacheRepositoryBase<ResourceType, String> {

    public List<ResourceType> listInOrder() {
        return listAll(Sort.by("position"));
    }

    public boolean exists(String code) {
        return count("code", code) > 0;
    }
}
