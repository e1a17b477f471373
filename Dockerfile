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
    && cp target/serviceweek-*.jar /serviceweek.jar

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system serviceweek \
    && useradd --system --gid serviceweek --home-dir /app --shell /usr/sbin/nologin serviceweek \
    && mkdir -p /app/data \
    && chown -R serviceweek:serviceweek /app
WORKDIR /app
COPY --from=build --chown=serviceweek:serviceweek /serviceweek.jar /app/serviceweek.jar
USER serviceweek
VOLUME /app/data
EXPOSE 8080
ENV SERVICEWEEK_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/serviceweek.jar"]
