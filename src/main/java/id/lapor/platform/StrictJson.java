package id.lapor.platform;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A JSON body is read as the OpenAPI document describes it: a number or {@code true} where the document says text, a
 * number or a quoted "true" where it says yes/no, and text where it says a number are refused (400), not stored as
 * the text "-12345" or "true" or read as {@code true} (the other reading rules are in {@code application.yml}:
 * {@code spring.jackson.*}). A client that sends the wrong type learns it at once, with the field's name
 * ({@link ApiExceptionHandler}), instead of finding a report titled "true".
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer scalarsAsTyped() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Boolean)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
                mapper.coercionConfigFor(number)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            }
        });
    }
}
