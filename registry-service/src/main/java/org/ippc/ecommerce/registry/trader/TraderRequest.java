package org.ippc.ecommerce.registry.trader;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.CountryCode;

/** A trader as registered or replaced (PUT replaces every field, presences included). */
@Schema(name = "TraderRequest")
public record TraderRequest(
        @Pattern(regexp = "[A-Z]{2}-[0-9]{7}", message = "must be CC-nnnnnnn, e.g. FR-0012345")
        @Schema(description = "issued by the service when absent; its prefix is the country", examples = "FR-0012345")
        String registrationNumber,

        @Size(max = 100)
        @Pattern(regexp = "\\s*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(
                description = "the number the NPPO's own register gives the trader, in its own format; unique within"
                        + " the country",
                examples = "FR-PV-75-00123")
        String nationalRegisterNumber,

        @NotBlank @Size(max = 300) @Schema(examples = "Graines du Monde SARL")
        String legalName,

        @Size(max = 20) List<@NotBlank @Size(max = 300) String> tradingNames,

        @NotNull @CountryCode @Schema(description = "country of establishment", examples = "FR")
        String countryCode,

        @Size(max = 1000) String address,

        @Email @Size(max = 320) @Schema(description = "restricted")
        String contactEmail,

        @Size(max = 50) @Schema(description = "restricted") String contactPhone,

        @Size(max = 100) @Schema(description = "business register or VAT number; restricted")
        String businessRegisterNumber,

        @Size(max = 50)
        @Schema(
                description = "the trader's own websites, with or without http(s)://; a host that is a public suffix"
                        + " (co.uk, github.io) or a marketplace's domain is refused: a store on a marketplace goes"
                        + " under stores",
                examples = "[\"graines-du-monde.example\"]")
        List<@NotBlank @Size(max = 2000) @WebsiteAddress String> websites,

        @Size(max = 100) List<@NotNull @Valid Store> stores,

        @NotEmpty @Size(max = 9)
        List<
                        @NotNull
                        @Pattern(
                                regexp = "plants-for-planting|seeds|bulbs-tubers|cut-flowers-foliage"
                                        + "|fruits-vegetables|soil-growing-media|living-organisms"
                                        + "|wood-handicrafts|other")
                        String>
                productClasses,

        @Size(max = 250) List<@NotNull @CountryCode String> shipToCountries,

        @Size(max = 4000) @Schema(description = "restricted")
        String complianceNotes) {

    /** A list left out of the request is empty: clients need not send empty lists. */
    public TraderRequest {
        tradingNames = tradingNames == null ? List.of() : tradingNames;
        websites = websites == null ? List.of() : websites;
        stores = stores == null ? List.of() : stores;
        shipToCountries = shipToCountries == null ? List.of() : shipToCountries;
    }

    @Schema(name = "Store", description = "A marketplace store.")
    public record Store(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(examples = "etsy")
            String platform,

            @NotBlank @Size(max = 200) @Schema(examples = "GrainesDuMonde")
            String storeId,

            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
            String storeUrl) {}

    /** The same request with other stores. */
    TraderRequest withStores(List<Store> replaced) {
        return new TraderRequest(
                registrationNumber,
                nationalRegisterNumber,
                legalName,
                tradingNames,
                countryCode,
                address,
                contactEmail,
                contactPhone,
                businessRegisterNumber,
                websites,
                replaced,
                productClasses,
                shipToCountries,
                complianceNotes);
    }
}
