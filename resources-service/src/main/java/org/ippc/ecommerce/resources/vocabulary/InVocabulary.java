package org.ippc.ecommerce.resources.vocabulary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A code of one of the controlled vocabularies ({@code /v1/vocabularies}); null is left to {@code @NotNull}. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = InVocabulary.Validator.class)
public @interface InVocabulary {
    Kind value();

    String message() default "is not a code of /v1/vocabularies";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Dependent // a bean, so that it gets the vocabularies injected; one per constraint, as it keeps its kind
    class Validator implements ConstraintValidator<InVocabulary, String> {
        private final Vocabularies vocabularies;
        private Kind kind;

        Validator(Vocabularies vocabularies) {
            this.vocabularies = vocabularies;
        }

        @Override
        public void initialize(InVocabulary annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || vocabularies.contains(kind, value);
        }
    }
}
