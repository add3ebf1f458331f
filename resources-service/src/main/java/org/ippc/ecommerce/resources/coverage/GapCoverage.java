package org.ippc.ecommerce.resources.coverage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.resources.network.NetworkGap;

@Schema(name = "GapCoverage", description = "An open gap of the network and the published resources that fill it.")
public record GapCoverage(NetworkGap gap, long publishedResources) {}
