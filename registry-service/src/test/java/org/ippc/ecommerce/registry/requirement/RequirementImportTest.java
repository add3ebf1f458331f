package org.ippc.ecommerce.registry.requirement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.ippc.ecommerce.platform.testing.Tokens;
import org.ippc.ecommerce.registry.testing.SeedProducts;
import org.junit.jupiter.api.Test;

/** A country's whole requirement list imported from the CSV its export writes. */
@QuarkusTest
class RequirementImportTest {
    private static final String HEADER = "productId,status,legalBasis,url,effectiveFrom,effectiveTo,origins,documents,"
            + "conditions.en,conditions.fr,exemptions\n";

    private static int product() {
        return SeedProducts.listed(
                "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10), "1209.91");
    }

    private static ValidatableResponse upload(String country, String csv, String query) {
        return given().auth()
                .oauth2(Tokens.nppo(country))
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/v1/countries/{c}/requirements/import" + query, country)
                .then();
    }

    private static ValidatableResponse requirements(int product, String country) {
        return given().queryParam("country", country)
                .get("/v1/products/{id}/requirements", product)
                .then()
                .statusCode(200);
    }

    @Test
    void aListImportsWithItsDryRunAndReimportsUnchangedThenCorrected() {
        int seeds = product();
        int bulbs = product();
        String csv = HEADER
                + seeds + ",phytosanitary-certificate-required,Act 12,https://laws.example/12,2026-01-01,,,"
                + "phytosanitary-certificate,Free from soil.,Exemptes de terre.,"
                + "\"[{\"\"kind\"\":\"\"personal-use\"\",\"\"maxQuantity\"\":5,\"\"unit\"\":\"\"packets\"\"}]\"\n"
                + seeds + ",prohibited,Order 3,,2026-01-01,,CN;IN,,,,\n"
                + bulbs + ",permit-required,Act 12,,2026-02-01,,,import-permit,,,\n";

        upload("NZ", csv, "?dryRun=true")
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("written", equalTo(false))
                .body("results.outcome", contains("created", "created", "created"));
        requirements(seeds, "NZ").body("", hasSize(0));

        upload("NZ", csv, "").statusCode(200).body("written", equalTo(true)).body("created", equalTo(3));
        requirements(seeds, "NZ")
                .body("", hasSize(2))
                .body("find { it.origins.size() == 0 }.exemptions[0].maxQuantity", equalTo(5))
                .body("find { it.origins.size() == 0 }.conditions.fr", equalTo("Exemptes de terre."))
                .body("find { it.origins == ['CN', 'IN'] }.status", equalTo("prohibited"));

        upload("NZ", csv, "").statusCode(200).body("unchanged", equalTo(3)).body("created", equalTo(0));
        upload("NZ", csv.replace("Order 3", "Order 4"), "")
                .statusCode(200)
                .body("results.outcome", contains("unchanged", "updated", "unchanged"));
        requirements(seeds, "NZ").body("find { it.origins == ['CN', 'IN'] }.legalBasis", equalTo("Order 4"));
    }

    @Test
    void aRejectedLineWritesNothingUnlessPartialIsAsked() {
        int seeds = product();
        String csv = HEADER
                + seeds + ",prohibited,Act 1,,2026-01-01,,,,,,\n"
                + seeds + ",forbidden,Act 1,,2026-01-01,,DE,,,,\n"
                + "abc,prohibited,Act 1,,2026-01-01,,,,,,\n"
                + seeds + ",prohibited,Act 1,,first of May,,FR,,,,\n"
                + seeds + ",prohibited,Act 1,,2026-01-01,,ZZ,,,,\n"
                + "987654321,prohibited,Act 1,,2026-01-01,,,,,,\n"
                + seeds + ",prohibited,Act 1,,2026-01-01,,,plant-passport,,,\n";
        upload("CL", csv, "")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("6 of 7 lines were rejected"))
                .body(
                        "report.results.outcome",
                        contains("created", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected"))
                .body(
                        "report.results.column",
                        contains(null, "status", "productId", "effectiveFrom", "origins", null, "documents"))
                .body("report.results[5].reason", containsString("There is no high-risk product 987654321"));
        requirements(seeds, "CL").body("", hasSize(0));

        upload("CL", csv, "?partial=true")
                .statusCode(200)
                .body("written", equalTo(true))
                .body("created", equalTo(1));
        requirements(seeds, "CL").body("", hasSize(1));
    }

    @Test
    void onlyTheCountrysNppoImportsItsListAndAFileMustBeTheExportsColumns() {
        int seeds = product();
        String csv = HEADER + seeds + ",prohibited,Act 1,,2026-01-01,,,,,,\n";
        given().auth()
                .oauth2(Tokens.nppo("AR"))
                .contentType("text/csv")
                .body(csv)
                .post("/v1/countries/UY/requirements/import")
                .then()
                .statusCode(403);
        upload("UY", "productId,colour\n" + seeds + ",red\n", "")
                .statusCode(400)
                .body("detail", containsString("Unknown columns: colour"));
        requirements(seeds, "UY").body("", hasSize(0));
    }
}
