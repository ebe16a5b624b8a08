# Build: docker build -t lapor-case-management .
# The image carries no embedded PostgreSQL: it runs against the database in SPRING_DATASOURCE_URL (docker-compose.yml)
# and refuses to start without one (docs/operations.md, "The artifact, the Docker image and the embedded database").
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
# The production jar (pom.xml leaves the embedded PostgreSQL out of it), extracted here with Spring Boot's tools
# jarmode: lapor.jar and lib/, plain jars that a CDS archive can cover. Only the extracted files go to the image. The
# tests and the benchmark (bench/src, test sources that use them) are neither compiled nor run.
RUN ./mvnw -B -q package -Dmaven.test.skip=true \
    && mv target/lapor-case-management-*.jar target/lapor.jar \
    && java -Djarmode=tools -jar target/lapor.jar extract --destination target/app

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 lapor
WORKDIR /app
COPY --from=build --chown=lapor /src/target/app /app
# CDS (class data sharing): a training run records the classes loaded until the application is started
# (spring.context.exit=onRefresh: no web server, no job executor) in application.jsa; every start then maps them
# instead of loading and verifying them again (README, "Start-up"). The training run needs a database: a throwaway
# PostgreSQL from the distribution's package (.ci/postgres, as CI's external-database run), installed, used and purged
# in this one step, so that none of it stays in the image. Should the training run fail, the image is still built and
# the JVM starts without the archive.
COPY .ci/postgres /tmp/postgres
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null \
    && if settings=$(bash /tmp/postgres start); then \
         (set -a && eval "$settings" && PORT=0 \
            java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar lapor.jar) \
           || echo "CDS training run failed: the application starts without application.jsa"; \
         bash /tmp/postgres stop; \
       else echo "No PostgreSQL for the CDS training run: the application starts without application.jsa"; fi \
    && DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq --auto-remove 'postgresql*' >/dev/null \
    && rm -rf /var/lib/apt/lists/* /var/lib/postgresql /etc/postgresql /etc/postgresql-common /var/log/postgresql \
       /tmp/postgres /tmp/tomcat.* /tmp/hsperfdata_root \
    && if [ -f application.jsa ]; then chown lapor application.jsa; fi
USER lapor
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-jar", "lapor.jar"]
