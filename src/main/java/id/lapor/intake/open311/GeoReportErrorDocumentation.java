package id.lapor.intake.open311;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every error of a GeoReport operation in the document has the specification's error format, in JSON and XML
 * (what {@link GeoReportErrorFilter} answers): said once here, so the controllers' {@code @ApiResponse}s give only
 * the status and its meaning (or, with examples of their own, their content).
 */
@Configuration(proxyBeanMethods = false)
class GeoReportErrorDocumentation {

    private static final String UNREADABLE_REQUEST = "Permintaan tidak dapat dibaca: karakter kendali atau alamat yang "
            + "tidak valid / the request cannot be read: a control character or a malformed address";

    @Bean
    GlobalOpenApiCustomizer open311ErrorFormat() {
        return api -> {
            ModelConverters.getInstance(true).readAll(GeoReportSchemas.Error.class).forEach(api.getComponents()::addSchemas);
            Content errors = new Content()
                    .addMediaType(GeoReportController.JSON, new MediaType().schema(new ArraySchema()
                            .items(new Schema<>().$ref("#/components/schemas/Open311Error"))))
                    .addMediaType(GeoReportController.XML, new MediaType().schema(new StringSchema()));
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/open311/")) {
                    // every request passes the input filters first: a control character or a malformed address is
                    // refused with 400 whatever the operation documents of its own
                    item.readOperations().forEach(operation -> operation.getResponses().putIfAbsent("400",
                            new ApiResponse().description(UNREADABLE_REQUEST)));
                    item.readOperations().forEach(operation -> operation.getResponses().forEach((code, response) -> {
                        boolean described = response.getContent() != null && response.getContent().values().stream()
                                .anyMatch(media -> media.getExamples() != null); // its own examples: kept
                        if ((code.startsWith("4") || code.startsWith("5")) && !described) {
                            response.setContent(errors);
                        }
                    }));
                }
            });
        };
    }
}
