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
    JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms64m -Xmx192m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:ReservedCodeCacheSize=64m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError -Dspring.aot.enabled=true"
# -Dspring.aot.enabled=true (in JAVA_TOOL_OPTIONS above, so that options of your own without it
# start the app without them) starts from the bean definitions the build worked out (ADR 024).
# The jar runs extracted (classes load faster from plain files), with a class data sharing
# archive made by a training start that stops once the application context is ready. On the large
# data set on a 2-core machine: 5.3 to 5.5 s from launch to the first page, against 6.8 to 7.5 s
# without the ahead-of-time definitions (docs/performance.md, finding 35).
COPY --from=build --chown=serviceweek:serviceweek /extracted/ /app/
USER serviceweek
RUN java -XX:ArchiveClassesAtExit=/app/serviceweek.jsa -Dspring.context.exit=onRefresh \
        -jar /app/serviceweek.jar --serviceweek.data-dir=/tmp/cds-training \
    && rm -rf /tmp/cds-training
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/serviceweek.jsa", "-jar", "/app/serviceweek.jar"]
