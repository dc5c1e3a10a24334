// Maven Central artifacts besides Spring's (late 2025): test libraries, JDBC drivers, common
// utilities, and the Maven plugins of the default lifecycle with what they pull in. Same
// format as maven-spring.ts.
export default `
[org.junit]
junit-bom 5.12.2 pom 5
[org.junit.jupiter]
junit-jupiter 5.12.2 6 junit-jupiter-api junit-jupiter-params junit-jupiter-engine
junit-jupiter-api 5.12.2 215 org.opentest4j:opentest4j org.junit.platform:junit-platform-commons org.apiguardian:apiguardian-api
junit-jupiter-params 5.12.2 600 junit-jupiter-api
junit-jupiter-engine 5.12.2 265 org.junit.platform:junit-platform-engine junit-jupiter-api
[org.junit.platform]
junit-platform-commons 1.12.2 140
junit-platform-engine 1.12.2 250 org.opentest4j:opentest4j junit-platform-commons
junit-platform-launcher 1.12.2 190 junit-platform-engine
[org.opentest4j]
opentest4j 1.3.0 14
[org.apiguardian]
apiguardian-api 1.1.2 7
[junit]
junit 4.13.2 385 org.hamcrest:hamcrest-core
[org.hamcrest]
hamcrest-core 1.3 45
hamcrest 3.0 126
[org.assertj]
assertj-core 3.27.6 1400 net.bytebuddy:byte-buddy
[org.awaitility]
awaitility 4.2.2 100 org.hamcrest:hamcrest
[org.mockito]
mockito-core 5.17.0 700 net.bytebuddy:byte-buddy net.bytebuddy:byte-buddy-agent org.objenesis:objenesis
mockito-junit-jupiter 5.17.0 10 mockito-core org.junit.jupiter:junit-jupiter-api
[org.objenesis]
objenesis 3.3 50
[org.skyscreamer]
jsonassert 1.5.3 30
[org.xmlunit]
xmlunit-core 2.10.4 180
[com.jayway.jsonpath]
json-path 2.9.0 280 net.minidev:json-smart org.slf4j:slf4j-api
[net.minidev]
json-smart 2.5.2 120 accessors-smart
accessors-smart 2.5.2 30 org.ow2.asm:asm
[org.ow2.asm]
asm 9.7.1 125
[org.testcontainers]
testcontainers 1.21.3 1900 junit:junit org.slf4j:slf4j-api org.apache.commons:commons-compress
postgresql 1.21.3 12 testcontainers
junit-jupiter 1.21.3 20 testcontainers
[org.projectlombok]
lombok 1.18.42 2000
[org.postgresql]
postgresql 42.7.8 1100 org.checkerframework:checker-qual
[org.checkerframework]
checker-qual 3.49.3 230
[com.mysql]
mysql-connector-j 9.4.0 2500
[org.mariadb.jdbc]
mariadb-java-client 3.5.6 690
[com.h2database]
h2 2.3.232 2600
[org.xerial]
sqlite-jdbc 3.50.3.0 13900
[org.flywaydb]
flyway-core 11.7.2 1000 com.fasterxml.jackson.dataformat:jackson-dataformat-toml
flyway-database-postgresql 11.7.2 50 flyway-core
[com.fasterxml.jackson.dataformat]
jackson-dataformat-toml 2.19.2 60 com.fasterxml.jackson.core:jackson-databind
jackson-dataformat-yaml 2.19.2 55 com.fasterxml.jackson.core:jackson-databind org.yaml:snakeyaml
[org.liquibase]
liquibase-core 4.31.1 3300 org.yaml:snakeyaml
[org.springdoc]
springdoc-openapi-starter-webmvc-ui 2.8.13 30 springdoc-openapi-starter-webmvc-api org.webjars:swagger-ui
springdoc-openapi-starter-webmvc-api 2.8.13 40 springdoc-openapi-starter-common
springdoc-openapi-starter-common 2.8.13 400 io.swagger.core.v3:swagger-core-jakarta
[io.swagger.core.v3]
swagger-core-jakarta 2.2.36 410 com.fasterxml.jackson.core:jackson-databind
[org.webjars]
swagger-ui 5.29.4 2700
[com.google.guava]
guava 33.5.0-jre 3100 failureaccess listenablefuture org.jspecify:jspecify com.google.errorprone:error_prone_annotations com.google.j2objc:j2objc-annotations
failureaccess 1.0.3 5
listenablefuture 9999.0-empty-to-avoid-conflict-with-guava 2
[org.jspecify]
jspecify 1.0.0 3
[com.google.errorprone]
error_prone_annotations 2.41.0 19
[com.google.j2objc]
j2objc-annotations 3.1 9
[com.google.code.gson]
gson 2.13.2 290
[org.apache.commons]
commons-lang3 3.17.0 670
commons-compress 1.27.1 1100 commons-io:commons-io commons-codec:commons-codec org.apache.commons:commons-lang3
[commons-io]
commons-io 2.20.0 560
[commons-codec]
commons-codec 1.18.0 370
[org.mapstruct]
mapstruct 1.6.3 30
mapstruct-processor 1.6.3 2100
[io.jsonwebtoken]
jjwt-api 0.12.6 80
jjwt-impl 0.12.6 500 jjwt-api
jjwt-jackson 0.12.6 10 jjwt-api
[net.java.dev.jna]
jna 5.17.0 2000
jna-platform 5.17.0 1400 jna
[io.spring.gradle]
dependency-management-plugin 1.1.7 110
[org.apache.maven.plugins]
maven-plugins 43 pom 23 org.apache.maven:maven-parent
maven-clean-plugin 3.4.1 36 org.apache.maven.shared:maven-shared-utils org.codehaus.plexus:plexus-utils
maven-resources-plugin 3.3.1 31 org.apache.maven.shared:maven-filtering org.codehaus.plexus:plexus-utils org.codehaus.plexus:plexus-interpolation commons-io:commons-io
maven-compiler-plugin 3.14.1 83 org.apache.maven.shared:maven-shared-utils org.apache.maven.shared:maven-shared-incremental org.codehaus.plexus:plexus-java org.codehaus.plexus:plexus-compiler-api org.codehaus.plexus:plexus-compiler-javac org.codehaus.plexus:plexus-utils org.ow2.asm:asm
maven-surefire-plugin 3.5.4 45 org.apache.maven.surefire:maven-surefire-common org.apache.maven.surefire:surefire-api org.apache.maven.surefire:surefire-booter
maven-jar-plugin 3.4.2 32 org.apache.maven:maven-archiver org.codehaus.plexus:plexus-archiver org.codehaus.plexus:plexus-io
maven-install-plugin 3.1.4 33 org.codehaus.plexus:plexus-utils
maven-deploy-plugin 3.1.4 40 org.codehaus.plexus:plexus-utils
maven-dependency-plugin 3.8.1 200 org.apache.maven.shared:maven-dependency-analyzer org.apache.maven.shared:maven-dependency-tree org.apache.maven.shared:maven-common-artifact-filters org.codehaus.plexus:plexus-archiver org.codehaus.plexus:plexus-io commons-io:commons-io org.apache.commons:commons-lang3
maven-shade-plugin 3.6.1 140 org.ow2.asm:asm org.apache.commons:commons-compress commons-io:commons-io
maven-assembly-plugin 3.7.1 250 org.codehaus.plexus:plexus-archiver org.codehaus.plexus:plexus-io
maven-site-plugin 3.21.0 130
[org.apache.maven]
maven-parent 43 pom 50 org.apache:apache
maven-archiver 3.6.3 27 org.codehaus.plexus:plexus-archiver org.codehaus.plexus:plexus-interpolation
[org.apache]
apache 33 pom 24
[org.apache.maven.shared]
maven-shared-utils 3.4.2 150 commons-io:commons-io
maven-shared-incremental 1.1 14 maven-shared-utils
maven-filtering 3.3.2 55 maven-shared-utils
maven-dependency-analyzer 1.16.0 45 org.ow2.asm:asm
maven-dependency-tree 3.3.0 40
maven-common-artifact-filters 3.4.0 60
[org.apache.maven.surefire]
maven-surefire-common 3.5.4 650 surefire-api surefire-booter surefire-extensions-api surefire-logger-api surefire-shared-utils
surefire-api 3.5.4 170 surefire-logger-api surefire-shared-utils
surefire-booter 3.5.4 120 surefire-api
surefire-extensions-api 3.5.4 26
surefire-logger-api 3.5.4 14
surefire-shared-utils 3.5.4 2500
surefire-junit-platform 3.5.4 28 common-java5 org.junit.platform:junit-platform-launcher
common-java5 3.5.4 18
[org.codehaus.plexus]
plexus-utils 4.0.2 190
plexus-interpolation 1.28 85
plexus-java 1.4.0 55 org.ow2.asm:asm
plexus-compiler-api 2.15.0 28 plexus-utils
plexus-compiler-javac 2.15.0 26 plexus-compiler-api
plexus-archiver 4.10.0 200 plexus-io org.apache.commons:commons-compress commons-io:commons-io
plexus-io 3.5.1 80 commons-io:commons-io
`;
