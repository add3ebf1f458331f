package org.ippc.ecommerce.platform;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Lets the validator read every property, which Quarkus's Hibernate Validator takes as its traversable resolver.
 * The services validate what a request carries (records, never entities with lazy associations; Hibernate ORM's
 * own validation of entities keeps its own resolver), so the default, which asks JPA whether each property of
 * each object is loaded, only cost time.
 */
@Singleton
public class EveryPropertyTraversable implements TraversableResolver, ValidatorFactoryCustomizer {
    @Override
    public boolean isReachable(
            Object traversableObject,
            Path.Node traversableProperty,
            Class<?> rootBeanType,
            Path pathToTraversableObject,
            ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(
            Object traversableObject,
            Path.Node traversableProperty,
            Class<?> rootBeanType,
            Path pathToTraversableObject,
            ElementType elementType) {
        return true;
    }

    /**
     * Hibernate Validator keeps the answers of any resolver but its own in a map per validation, keyed by object and
     * path: for answers that are always true, the map is the whole cost.
     */
    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.enableTraversableResolverResultCache(false);
    }
}
