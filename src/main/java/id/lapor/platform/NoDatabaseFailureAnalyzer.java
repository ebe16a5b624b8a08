package id.lapor.platform;

import id.lapor.platform.DatabaseChoice.NoDatabaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The start without a database ({@link DatabaseChoice}) reported as Spring Boot's "APPLICATION FAILED TO START"
 * description and action, in Bahasa Indonesia and English, without a stack trace.
 */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

    static final String DESCRIPTION = """
            Tidak ada basis data: SPRING_DATASOURCE_URL tidak diatur, dan artefak ini (jar paket atau image Docker) \
            tidak membawa PostgreSQL tertanam.
            No database: SPRING_DATASOURCE_URL is not set, and this artifact (the packaged jar or the Docker image) \
            carries no embedded PostgreSQL.""";

    static final String ACTION = """
            Atur SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME dan SPRING_DATASOURCE_PASSWORD ke server \
            PostgreSQL Anda (docker-compose.yml menjalankan satu), misalnya \
            SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/lapor. Untuk demo dengan basis data tertanam: \
            ./mvnw spring-boot:run.
            Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to your PostgreSQL \
            server (docker-compose.yml runs one), e.g. SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/lapor. \
            For a demo on the embedded database: ./mvnw spring-boot:run (or a jar built with ./mvnw -Pembedded \
            package). See docs/operations.md, "The artifact, the Docker image and the embedded database".""";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
        return new FailureAnalysis(DESCRIPTION, ACTION, cause);
    }
}
