package org.ippc.ecommerce.registry.trader;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A website domain or a marketplace store of a trader, unique across the registry by its key. */
@Entity
public class OnlinePresence {
    public static final String WEBSITE = "website";
    public static final String STORE = "store";

    @Id
    @GeneratedValue
    @SequenceGenerator(name = "online_presence_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(optional = false)
    public Trader trader;

    public String kind;
    public String platform;
    public String storeId;
    public String url;
    public String key;
}
