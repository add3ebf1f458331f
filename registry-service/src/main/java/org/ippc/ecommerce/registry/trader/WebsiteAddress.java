package org.ippc.ecommerce.registry.trader;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.google.common.net.InternetDomainName;
import jakarta.inject.Singleton;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The address of a trader's own website: its host is the trader's alone, so it is neither a public
 * suffix ({@code co.uk}, {@code github.io}) nor a marketplace's domain, which would make every site
 * or seller under it this trader. Null is left to {@code @NotBlank}.
 */
@Target(TYPE_USE)
@Retention(RUNTIME)
@Constraint(validatedBy = WebsiteAddress.Validator.class)
public @interface WebsiteAddress {
    String message() default "must be a website address, e.g. https://www.shop.example";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Singleton
    class Validator implements ConstraintValidator<WebsiteAddress, String> {
        private final MarketplaceDomains marketplaces;

        Validator(MarketplaceDomains marketplaces) {
            this.marketplaces = marketplaces;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            Optional<InternetDomainName> domain = PresenceKeys.host(value).flatMap(Validator::domainName);
            if (domain.isEmpty()) {
                return false;
            }
            String host = domain.get().toString();
            if (domain.get().isPublicSuffix()) {
                return rejected(
                        context,
                        host,
                        "{host} is a public suffix, under which unrelated sites are registered: give the trader's own"
                                + " domain");
            }
            return marketplaces
                    .platformOf(host)
                    .map(platform -> rejected(
                            context,
                            host,
                            "{host} is a marketplace (" + platform + "): give the trader's store there under stores,"
                                    + " with platform " + platform + " and its store id"))
                    .orElse(true);
        }

        private static Optional<InternetDomainName> domainName(String host) {
            try {
                return Optional.of(InternetDomainName.from(host));
            } catch (IllegalArgumentException invalid) {
                return Optional.empty();
            }
        }

        private static boolean rejected(ConstraintValidatorContext context, String host, String template) {
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("host", host)
                    .buildConstraintViolationWithTemplate(template)
                    .addConstraintViolation();
            return false;
        }
    }
}
