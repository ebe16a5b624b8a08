package id.lapor.report;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** {@link IncidentDates} as a form and request constraint, so that a form shows it beside its other errors. */
@Documented
@Constraint(validatedBy = PlausibleIncidentDate.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleIncidentDate {

    String message() default "Tanggal kejadian tidak boleh di masa depan atau lebih dari " + IncidentDates.MAX_AGE_YEARS
            + " tahun yang lalu / the incident date cannot be in the future or more than " + IncidentDates.MAX_AGE_YEARS
            + " years ago";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleIncidentDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return IncidentDates.isPlausible(date);
        }
    }
}
