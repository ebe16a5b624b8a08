# Build: docker build -t lapor-case-management .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
# the application only: the tests and the benchmark (bench/src, test sources that use them) are neither compiled nor run
RUN ./mvnw -B -q package -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 lapor
WORKDIR /app
COPY --from=build /src/target/lapor-case-management-*.jar /tmp/lapor.jar
# The jar extracted (Spring Boot's tools jarmode): lapor.jar and lib/, plain jars that a CDS archive can cover.
RUN java -Djarmode=tools -jar /tmp/lapor.jar extract --destination /app && rm /tmp/lapor.jar && chown -R lapor /app
USER lapor
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# CDS (class data sharing): a training run on a throwaway embedded database records the classes loaded until the
# application is started (spring.context.exit=onRefresh: no web server, no job executor) in application.jsa; every
# start then maps them instead of loading and verifying them again (README, "Start-up"). Should the training run fail,
# the image is still built and the JVM starts without the archive, as before.
RUN (PORT=0 LAPOR_EMBEDDED_DATABASE_DIRECTORY=/tmp/cds-training/postgres \
       java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar lapor.jar \
     || echo "CDS training run failed: the application starts without application.jsa") \
    && rm -rf /tmp/cds-training
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-jar", "lapor.jar"]
