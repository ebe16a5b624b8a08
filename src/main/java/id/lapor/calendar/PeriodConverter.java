package id.lapor.calendar;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Lets configuration say {@code 30 days} or {@code 3 working days}. */
@Component
@ConfigurationPropertiesBinding
class PeriodConverter implements Converter<String, Period> {

    @Override
    public Period convert(String source) {
        return Period.parse(source);
    }
}
