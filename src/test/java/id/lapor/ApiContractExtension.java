package id.lapor;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails the test during which the application answered outside its OpenAPI document ({@link ApiContract}), naming
 * each exchange and what the document says instead; exchanges of a class's set-up are charged to its first test, of
 * its tear-down to the class.
 */
class ApiContractExtension implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        failOnViolations();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOnViolations();
    }

    private static void failOnViolations() {
        List<String> violations = ApiContract.takeViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("The application answered outside its OpenAPI document (docs/integrator-guide.md; "
                    + "fix the code or the document, never this check):\n  " + String.join("\n  ", violations));
        }
    }
}
