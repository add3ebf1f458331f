package org.ippc.ecommerce.registry.commodity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A commodity class of high-risk products (reference data shipped by migration; its names and descriptions are
 * in the i18n/vocabulary message files). */
@Entity
public class CommodityClass {
    @Id
    public String code;

    public short position;
}
