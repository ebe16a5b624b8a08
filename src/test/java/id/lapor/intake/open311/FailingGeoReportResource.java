package id.lapor.intake.open311;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test only: a resource under {@code /open311/v2} whose handler fails in a way nobody planned for (a bug), to show
 * that even then a client gets the specification's error format, without the failure's internals. Hidden from the
 * OpenAPI document.
 */
@Hidden
@RestController
class FailingGeoReportResource {

    static final String INTERNALS = "NullPointerException in the bowels of id.lapor.secret.Thing";

    @GetMapping("/open311/v2/test-failure." + GeoReportFormat.PATTERN)
    String fail() {
        throw new IllegalStateException(INTERNALS);
    }
}
