package org.ippc.ecommerce.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.Path;

/**
 * The shape every service keeps, as ArchUnit rules. A service runs them on its own classes:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "org.ippc.ecommerce.registry", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     &#64;ArchTest static final ArchTests rules = ArchTests.in(ArchitectureRules.class);
 * }
 * </pre>
 */
public final class ArchitectureRules {
    private static final String ROOT = "org.ippc.ecommerce.";

    private ArchitectureRules() {}

    /** Entities, repositories (the platform's too) and the JPA or Hibernate query API. */
    static final DescribedPredicate<JavaClass> PERSISTENCE = DescribedPredicate.describe(
            "are entities, repositories, an EntityManager or queries",
            type -> type.isAnnotatedWith(Entity.class)
                    || type.isAssignableTo(EntityManager.class)
                    || type.isAssignableTo(Query.class)
                    || type.isAssignableTo(PanacheRepositoryBase.class));

    @ArchTest
    public static final ArchRule resourcesDependOnServicesOnly = noClasses()
            .that()
            .areAnnotatedWith(Path.class)
            .should()
            .dependOnClassesThat(PERSISTENCE)
            .because("a REST resource maps HTTP to a service call: reading and writing the database is the"
                    + " service's work, so that each rule of the domain is in one place, and a service hands"
                    + " a resource response records, never entities, which out of their transaction are half"
                    + " loaded and can be changed by mistake");

    @ArchTest
    public static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching(ROOT + "*.(*)..").should().beFreeOfCycles();

    @ArchTest
    public static final ArchRule aServiceUsesOnlyItselfAndThePlatform = noClasses()
            .that()
            .resideInAPackage(ROOT + "*..")
            .should(dependOnAnotherService())
            .because("services talk over HTTP, never through each other's classes; the platform knows no service");

    private static ArchCondition<JavaClass> dependOnAnotherService() {
        return new ArchCondition<>("depend on another service's classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = component(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = component(dependency.getTargetClass().getPackageName());
                    boolean foreign = target != null && !target.equals(own) && !target.equals("platform");
                    if (foreign) {
                        events.add(SimpleConditionEvent.satisfied(origin, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code registry} for {@code org.ippc.ecommerce.registry.trader}; null outside the project. */
    private static String component(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return null;
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
