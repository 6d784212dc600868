# Builds the factdesk jar and runs it on a JRE. The database comes from the environment (see docker-compose.yml):
# with SPRING_R2DBC_URL set, factdesk starts no embedded PostgreSQL.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY schema schema
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 factdesk
USER factdesk
WORKDIR /app
COPY --from=build /src/target/factdesk-*.jar /app/factdesk.jar
EXPOSE 8080
# The parallel collector: on the 2-core containers factdesk is sized for, G1's write barriers and concurrent work
# cost 15 % of the throughput of the editorial page, and the young collections of a 1 GB heap stay short
# (bench/README.md).
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-jar", "/app/factdesk.jar"]
