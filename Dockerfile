# syntax=docker/dockerfile:1
# Build:  docker build -t serviceweek .
# Run:    docker run -p 8080:8080 -v serviceweek-data:/app/data serviceweek

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode --no-transfer-progress dependency:go-offline
COPY src/ src/
# Tests run in CI (./mvnw verify); the image build only packages.
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests -Djacoco.skip=true package \
    && java -Djarmode=tools -jar target/serviceweek-*.jar extract --destination /extracted \
    && mv /extracted/serviceweek-*.jar /extracted/serviceweek.jar

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system serviceweek \
    && useradd --system --gid serviceweek --home-dir /app --shell /usr/sbin/nologin serviceweek \
    && mkdir -p /app/data \
    && chown -R serviceweek:serviceweek /app
WORKDIR /app
# The recommended JVM options (docs/performance.md): serial collector, at most 192 MB of heap
# given back when idle, a smaller code cache and thread stacks, two malloc arenas rather than one
# per busy thread, and the C library's freed memory handed back every 5 s (TrimNativeHeapInterval,
# Java 17.0.9 or later). The class data archive below is made with the same options.
ENV SERVICEWEEK_DATA_DIR=/app/data \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms64m -Xmx192m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
# The jar extracted (classes load faster from plain files), started from the bean definitions
# its build worked out (-Dspring.aot.enabled=true, ADR 024), with a class data sharing archive
# made by a training start that stops once the application context is ready: on the large data
# set, 14 s to about 6 s from launch to the first page on a 2-core machine (docs/performance.md).
COPY --from=build --chown=serviceweek:serviceweek /extracted/ /app/
USER serviceweek
RUN java -XX:ArchiveClassesAtExit=/app/serviceweek.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
        -jar /app/serviceweek.jar --serviceweek.data-dir=/tmp/cds-training \
    && rm -rf /tmp/cds-training
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/serviceweek.jsa", "-Dspring.aot.enabled=true", "-jar", "/app/serviceweek.jar"]
