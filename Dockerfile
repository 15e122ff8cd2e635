# syntax=docker/dockerfile:1
# search-server: the production search API of a published index (docs/deploy.md).
#
#   docker build -t healthlib-search .
#   docker run -p 8080:8080 -v /srv/healthlib:/srv/healthlib:ro healthlib-search
#
# The index is not in the image: mount the folder that holds it at /srv/healthlib, with a
# symbolic link "current" to the index served, and publish a new index by swapping that link
# (docs/deploy.md); each is served within a second.

# --- build: the command-line jar, with Maven -------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY core/pom.xml core/
COPY generator/pom.xml generator/
COPY search/pom.xml search/
COPY cli/pom.xml cli/
COPY bench/pom.xml bench/
COPY core/src core/src
COPY generator/src generator/src
COPY search/src search/src
COPY cli/src cli/src
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -pl cli -am -DskipTests package

# --- run: a Temurin 17 JRE and the jar --------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin healthlib
COPY --from=build /src/cli/target/healthlib.jar /opt/healthlib/healthlib.jar
USER 10001
EXPOSE 8080
# Java is process 1, so docker stop's SIGTERM reaches it: connections are no longer accepted and
# requests in progress finish (5 s at most), well within docker's default 10 s.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/healthlib/healthlib.jar", "search-server"]
# Behind a proxy that sets X-Forwarded-For, add --forwarded so each reader has their own rate limit.
# An index with vectors (semantic search) loads the embedding model, whose native libraries are
# unpacked into --cache: a folder the user 10001 can write.
CMD ["--index", "/srv/healthlib/current", "--host", "0.0.0.0", "--port", "8080", "--cache", "/tmp/healthlib-cache"]
