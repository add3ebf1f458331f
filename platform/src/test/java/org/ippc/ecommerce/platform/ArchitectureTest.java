package org.ippc.ecommerce.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.ippc.ecommerce.platform.testing.ArchitectureRules;

/** The platform knows no service. (It has no resources and no feature packages for the other rules.) */
@AnalyzeClasses(packages = "org.ippc.ecommerce.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule knowsNoService = ArchitectureRules.aServiceUsesOnlyItselfAndThePlatform;
}
