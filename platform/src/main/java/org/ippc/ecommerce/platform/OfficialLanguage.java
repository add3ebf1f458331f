package org.ippc.ecommerce.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/** One of the six languages the IPPC publishes in (ISO 639-1); null is left to {@code @NotNull}. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = OfficialLanguage.Validator.class)
public @interface OfficialLanguage {
    /** Arabic, Chinese, English, French, Russian and Spanish. */
    List<String> CODES = List.of("ar", "en", "es", "fr", "ru", "zh");

    String message() default "must be one of the IPPC's languages: ar, en, es, fr, ru, zh";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OfficialLanguage, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }
    }
}
