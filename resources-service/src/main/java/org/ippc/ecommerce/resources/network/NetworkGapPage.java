package org.ippc.ecommerce.resources.network;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of network-service's gap list ({@code GapPage} in its contract). */
@JsonIgnoreProperties(ignoreUnknown = true)
record NetworkGapPage(List<NetworkGap> items, String next) {}
