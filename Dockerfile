# alphanode container image (see docs/operations.md, section "Container").
#
# Base images are build arguments so the image can be built where public registries are out of
# reach, e.g. from the local debootstrap bases that scripts/container-check makes:
#   podman build --format docker \
#     --build-arg BUILD_IMAGE=localhost/jdk-maven:17 --build-arg RUNTIME_IMAGE=localhost/jre:17 \
#     -t alphanode .
# The build image needs a JDK 17 and Maven on PATH; the runtime image needs a Java 17 runtime,
# bash, coreutils (timeout) and groupadd/useradd. curl is optional (the health check falls back
# to bash's /dev/tcp when it is missing).
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

# ---------------------------------------------------------------------------- build stage ---
FROM ${BUILD_IMAGE} AS build
# Lets scripts/container-check find (and drop) build-stage images of its earlier runs.
LABEL dev.alphanode.stage=build
WORKDIR /build
# Dependencies first: this layer is reused until pom.xml changes.
COPY pom.xml ./
RUN mvn -B -ntp dependency:go-offline
COPY src ./src
COPY templates ./templates
COPY static ./static
RUN mvn -B -ntp -q package -DskipTests

# -------------------------------------------------------------------------- runtime stage ---
FROM ${RUNTIME_IMAGE}

LABEL org.opencontainers.image.title="alphanode" \
      org.opencontainers.image.description="Server-rendered programming website: Markdown in, cached HTML out."

# Unprivileged user 10001:10001 ("alphanode") owns the content and data folders; the ids are
# fixed so volumes and bind mounts can be prepared on the host (chown -R 10001:10001 DIR).
RUN groupadd --system --gid 10001 alphanode \
 && useradd --system --uid 10001 --gid 10001 --home-dir /srv/alphanode \
      --no-create-home --shell /usr/sbin/nologin alphanode \
 && mkdir -p /opt/alphanode /srv/alphanode/content /srv/alphanode/data \
 && chown -R 10001:10001 /srv/alphanode

COPY scripts/container/healthcheck /opt/alphanode/healthcheck
RUN chmod 0755 /opt/alphanode/healthcheck
COPY --from=build /build/target/alphanode.jar /opt/alphanode/alphanode.jar
# Sample content, so a bare `run` serves something; mount your own over it.
COPY --chown=10001:10001 content/ /srv/alphanode/content/

ENV ANP_PORT=8080 \
    ANP_CONTENT_DIR=/srv/alphanode/content \
    ANP_DB_URL=jdbc:h2:file:/srv/alphanode/data/alphanode

WORKDIR /srv/alphanode
USER 10001:10001
VOLUME ["/srv/alphanode/content", "/srv/alphanode/data"]
EXPOSE 8080
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["/opt/alphanode/healthcheck"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/alphanode/alphanode.jar"]
CMD ["serve"]
