# Builds the application with the Maven Wrapper and runs it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl crm-web -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home crm
USER crm
WORKDIR /home/crm
COPY --from=build /src/crm-web/target/crm-web-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
