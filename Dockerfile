# Sobes in a container: build with Maven, run on a JRE as a non-root user.
#   docker build -t sobes .
#   docker run -d --name sobes -e SOBES_TELEGRAM_TOKEN=... -v sobes-data:/data -p 8081:8081 sobes
# Settings come from the environment (docs/configuration.md); data stays on the /data volume.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Every module the parent pom lists must be present, so the whole source tree is copied
# (.dockerignore leaves out build output, data and version control).
COPY . .
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true -pl bot-app -am package

FROM eclipse-temurin:17-jre
# A font with Latin and Cyrillic letters for the /stats chart (drawn by Java2D, headless).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system sobes && useradd --system --gid sobes --home-dir /data --shell /usr/sbin/nologin sobes \
    && mkdir -p /data && chown sobes:sobes /data
WORKDIR /app
COPY --from=build /src/bot-app/target/sobes.jar /app/sobes.jar
COPY --from=build /src/bot-app/target/lib /app/lib
COPY content /app/content
ENV SOBES_CONTENT_DIR=/app/content \
    SOBES_DB_PATH=/data/sobes.db \
    SOBES_HTTP_PORT=8081 \
    SOBES_HTTP_BIND=0.0.0.0 \
    SOBES_SHUTDOWN_SECONDS=8
VOLUME ["/data"]
EXPOSE 8081
USER sobes
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["java", "-jar", "/app/sobes.jar", "health"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Djava.awt.headless=true", "-jar", "/app/sobes.jar"]
CMD ["serve"]
