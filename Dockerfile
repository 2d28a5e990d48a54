# Builds the application with the Maven Wrapper and runs it on a JRE the way ./run does:
# the extracted jar, the collector chosen for small servers, and a class data sharing
# archive made once, in the image, by a training run (docs/performance.md, "Start").
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl crm-web -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home crm
USER crm
WORKDIR /home/crm
COPY --from=build --chown=crm /src/run ./run
COPY --from=build --chown=crm /src/crm-web/target/crm-web-*.jar crm-web/target/
# the training run starts the application on a throw-away embedded database and stops
# once its context is up; the archive it writes is mapped by every start of the image
RUN ./run --train
EXPOSE 8080
ENTRYPOINT ["./run"]
