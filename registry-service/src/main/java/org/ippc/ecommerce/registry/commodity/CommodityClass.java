package org.ippc.ecommerce.registry.commodity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A commodity class of high-risk products (reference data shipped by migration). */
@Entity
public class CommodityClass {
    @Id
    public String code;

    public String name;
    public String description;
    public short position;
}
