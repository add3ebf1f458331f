package org.ippc.ecommerce.registry.trader;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicTrader")
public record PublicTrader(
        String name,
        String countryCode,
        String registrationNumber,

        @Schema(nullable = true, description = "the number the NPPO's own register gives the trader")
        String nationalRegisterNumber,

        String status) {

    static PublicTrader of(Trader trader) {
        return new PublicTrader(
                trader.legalName,
                trader.countryCode,
                trader.registrationNumber,
                trader.nationalRegisterNumber,
                trader.status.code());
    }
}
