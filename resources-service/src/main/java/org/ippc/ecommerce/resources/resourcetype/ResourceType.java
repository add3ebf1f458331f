package org.ippc.ecommerce.resources.resourcetype;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A type of technical resource: guide, video, factsheet... (reference data shipped by migration). */
@Entity
public class ResourceType {
    @Id
    public String code;

    public String name;
    public short position;
}
