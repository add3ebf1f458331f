package org.ippc.ecommerce.platform;

import java.util.List;

/** The token roles (the JWT {@code groups} claim) and their scope claims, as the README's table of tokens says. */
public final class Roles {
    public static final String NPPO = "nppo";
    public static final String RPPO = "rppo";
    public static final String SECRETARIAT = "secretariat";
    public static final String CONTRIBUTOR = "contributor";
    public static final String EXPERT = "expert";
    public static final String SCREENER = "screener";

    /** In the order a caller holding several is named in the history. */
    public static final List<String> ALL = List.of(SECRETARIAT, RPPO, NPPO, EXPERT, CONTRIBUTOR, SCREENER);

    public static final String COUNTRY_CLAIM = "country";
    public static final String RPPO_CLAIM = "rppo";
    public static final String ORG_CLAIM = "org";
    public static final String EXPERT_ID_CLAIM = "expert_id";

    private Roles() {}
}
