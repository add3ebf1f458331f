package org.ippc.ecommerce.network.expertise;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An area of expertise from the controlled list (reference data shipped by migration; its names are in the
 * i18n/vocabulary message files). */
@Entity
public class ExpertiseArea {
    @Id
    public String code;

    public short position;
}
