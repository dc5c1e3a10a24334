// Maven Central artifacts of a Spring Boot 3.5 application (late 2025: Boot 3.5.7, Framework
// 6.2.12), the versions spring-boot-dependencies manages. Format (see ecosystems/maven.ts):
// "[groupId]" starts a group; then "artifactId version size deps..." where size is the real
// jar's size in KB ("pom" instead of a size: a POM-only artifact such as a parent or a BOM,
// then its .pom size in KB), and deps are compile/runtime dependencies, "artifactId" in the
// same group or "groupId:artifactId" in another. spring-boot-starter-jetty lists the Jetty 12
// (ee10) modules and the Jetty 9-11 ones (jetty-servlets, jetty-webapp, jetty-servlet): a Boot
// line keeps the ones its Jetty has (programs/java/boot-lines.ts). Jetty's websocket modules are
// left out, and the Jetty jar sizes are approximate.
export default `
[org.springframework.boot]
spring-boot-starter-parent 3.5.7 pom 13 spring-boot-dependencies
spring-boot-dependencies 3.5.7 pom 110 com.fasterxml.jackson:jackson-bom org.junit:junit-bom io.netty:netty-bom io.micrometer:micrometer-bom org.springframework:spring-framework-bom
spring-boot 3.5.7 1930 org.springframework:spring-core org.springframework:spring-context
spring-boot-autoconfigure 3.5.7 2060 spring-boot
spring-boot-starter 3.5.7 5 spring-boot spring-boot-autoconfigure spring-boot-starter-logging jakarta.annotation:jakarta.annotation-api org.springframework:spring-core org.yaml:snakeyaml
spring-boot-starter-logging 3.5.7 5 ch.qos.logback:logback-classic org.apache.logging.log4j:log4j-to-slf4j org.slf4j:jul-to-slf4j
spring-boot-starter-json 3.5.7 5 spring-boot-starter org.springframework:spring-web com.fasterxml.jackson.core:jackson-databind com.fasterxml.jackson.datatype:jackson-datatype-jdk8 com.fasterxml.jackson.datatype:jackson-datatype-jsr310 com.fasterxml.jackson.module:jackson-module-parameter-names
spring-boot-starter-tomcat 3.5.7 5 jakarta.annotation:jakarta.annotation-api org.apache.tomcat.embed:tomcat-embed-core org.apache.tomcat.embed:tomcat-embed-el org.apache.tomcat.embed:tomcat-embed-websocket
spring-boot-starter-web 3.5.7 5 spring-boot-starter spring-boot-starter-json spring-boot-starter-tomcat org.springframework:spring-web org.springframework:spring-webmvc
spring-boot-starter-webflux 3.5.7 5 spring-boot-starter spring-boot-starter-json spring-boot-starter-reactor-netty org.springframework:spring-web org.springframework:spring-webflux
spring-boot-starter-reactor-netty 3.5.7 5 io.projectreactor.netty:reactor-netty-http
spring-boot-starter-jetty 3.5.7 5 jakarta.servlet:jakarta.servlet-api org.apache.tomcat.embed:tomcat-embed-el org.eclipse.jetty.ee10:jetty-ee10-servlets org.eclipse.jetty.ee10:jetty-ee10-webapp org.eclipse.jetty:jetty-servlets org.eclipse.jetty:jetty-webapp
spring-boot-starter-jdbc 3.5.7 5 spring-boot-starter com.zaxxer:HikariCP org.springframework:spring-jdbc
spring-boot-starter-data-jpa 3.5.7 5 spring-boot-starter spring-boot-starter-jdbc org.hibernate.orm:hibernate-core org.springframework.data:spring-data-jpa org.springframework:spring-aspects
spring-boot-starter-validation 3.5.7 5 spring-boot-starter org.apache.tomcat.embed:tomcat-embed-el org.hibernate.validator:hibernate-validator
spring-boot-starter-actuator 3.5.7 5 spring-boot-starter spring-boot-actuator-autoconfigure io.micrometer:micrometer-observation io.micrometer:micrometer-jakarta9
spring-boot-actuator 3.5.7 760 spring-boot
spring-boot-actuator-autoconfigure 3.5.7 900 spring-boot-actuator spring-boot-autoconfigure
spring-boot-starter-security 3.5.7 5 spring-boot-starter org.springframework:spring-aop org.springframework.security:spring-security-config org.springframework.security:spring-security-web
spring-boot-starter-thymeleaf 3.5.7 5 spring-boot-starter org.thymeleaf:thymeleaf-spring6
spring-boot-starter-aop 3.5.7 5 spring-boot-starter org.springframework:spring-aop org.aspectj:aspectjweaver
spring-boot-starter-cache 3.5.7 5 spring-boot-starter org.springframework:spring-context-support
spring-boot-starter-data-redis 3.5.7 5 spring-boot-starter io.lettuce:lettuce-core org.springframework.data:spring-data-redis
spring-boot-starter-data-mongodb 3.5.7 5 spring-boot-starter org.mongodb:mongodb-driver-sync org.springframework.data:spring-data-mongodb
spring-boot-devtools 3.5.7 210 spring-boot spring-boot-autoconfigure
spring-boot-configuration-processor 3.5.7 130
spring-boot-docker-compose 3.5.7 290 spring-boot
spring-boot-starter-test 3.5.7 5 spring-boot-starter spring-boot-test spring-boot-test-autoconfigure com.jayway.jsonpath:json-path jakarta.xml.bind:jakarta.xml.bind-api net.minidev:json-smart org.assertj:assertj-core org.awaitility:awaitility org.hamcrest:hamcrest org.junit.jupiter:junit-jupiter org.mockito:mockito-core org.mockito:mockito-junit-jupiter org.skyscreamer:jsonassert org.springframework:spring-core org.springframework:spring-test org.xmlunit:xmlunit-core
spring-boot-test 3.5.7 260 spring-boot
spring-boot-test-autoconfigure 3.5.7 230 spring-boot-test spring-boot-autoconfigure
spring-boot-maven-plugin 3.5.7 140 spring-boot-buildpack-platform spring-boot-loader-tools org.apache.commons:commons-compress org.springframework:spring-core org.springframework:spring-context
spring-boot-buildpack-platform 3.5.7 300 com.fasterxml.jackson.core:jackson-databind net.java.dev.jna:jna-platform
spring-boot-loader-tools 3.5.7 480 org.apache.commons:commons-compress org.springframework:spring-core
spring-boot-gradle-plugin 3.5.7 320 spring-boot-buildpack-platform spring-boot-loader-tools io.spring.gradle:dependency-management-plugin
[org.springframework]
spring-framework-bom 6.2.12 pom 6
spring-core 6.2.12 2040 spring-jcl
spring-jcl 6.2.12 25
spring-beans 6.2.12 900 spring-core
spring-context 6.2.12 1360 spring-aop spring-beans spring-core spring-expression io.micrometer:micrometer-observation
spring-context-support 6.2.12 210 spring-beans spring-context spring-core
spring-aop 6.2.12 430 spring-beans spring-core
spring-aspects 6.2.12 50 org.aspectj:aspectjweaver
spring-expression 6.2.12 320 spring-core
spring-web 6.2.12 2110 spring-beans spring-core io.micrometer:micrometer-observation
spring-webmvc 6.2.12 1090 spring-aop spring-beans spring-context spring-core spring-expression spring-web
spring-webflux 6.2.12 1010 spring-beans spring-core spring-web io.projectreactor:reactor-core
spring-jdbc 6.2.12 480 spring-beans spring-core spring-tx
spring-tx 6.2.12 290 spring-beans spring-core
spring-orm 6.2.12 210 spring-beans spring-core spring-jdbc spring-tx
spring-oxm 6.2.12 90 spring-beans spring-core
spring-test 6.2.12 880 spring-core
[org.springframework.data]
spring-data-commons 3.5.5 1520 org.springframework:spring-core org.springframework:spring-beans org.slf4j:slf4j-api
spring-data-jpa 3.5.5 1620 spring-data-commons org.springframework:spring-orm org.springframework:spring-context org.springframework:spring-aop org.springframework:spring-tx org.springframework:spring-beans org.springframework:spring-core org.antlr:antlr4-runtime jakarta.annotation:jakarta.annotation-api org.slf4j:slf4j-api
spring-data-redis 3.5.5 1900 spring-data-commons org.springframework:spring-oxm org.springframework:spring-context-support
spring-data-mongodb 4.5.5 3100 spring-data-commons org.springframework:spring-tx
[org.springframework.security]
spring-security-core 6.5.6 1250 spring-security-crypto org.springframework:spring-aop org.springframework:spring-beans org.springframework:spring-context org.springframework:spring-core org.springframework:spring-expression io.micrometer:micrometer-observation
spring-security-crypto 6.5.6 90
spring-security-config 6.5.6 1900 spring-security-core org.springframework:spring-aop org.springframework:spring-beans org.springframework:spring-context org.springframework:spring-core
spring-security-web 6.5.6 850 spring-security-core org.springframework:spring-core org.springframework:spring-aop org.springframework:spring-beans org.springframework:spring-context org.springframework:spring-expression org.springframework:spring-web
[org.apache.tomcat.embed]
tomcat-embed-core 10.1.48 3620
tomcat-embed-el 10.1.48 260
tomcat-embed-websocket 10.1.48 290 tomcat-embed-core
[org.eclipse.jetty]
jetty-server 12.0.29 600 jetty-http jetty-io org.slf4j:slf4j-api
jetty-http 12.0.29 400 jetty-io jetty-util
jetty-io 12.0.29 320 jetty-util
jetty-util 12.0.29 680
jetty-session 12.0.29 150 jetty-server
jetty-security 12.0.29 140 jetty-server
jetty-xml 12.0.29 60 jetty-util
jetty-ee 12.0.29 40 jetty-server jetty-xml
jetty-servlet 12.0.29 170 jetty-security jetty-server
jetty-servlets 12.0.29 110 jetty-http jetty-io jetty-util
jetty-webapp 12.0.29 140 jetty-servlet jetty-xml
[org.eclipse.jetty.ee10]
jetty-ee10-servlet 12.0.29 420 org.eclipse.jetty:jetty-server org.eclipse.jetty:jetty-session org.eclipse.jetty:jetty-security jakarta.servlet:jakarta.servlet-api
jetty-ee10-servlets 12.0.29 110 org.eclipse.jetty:jetty-http org.eclipse.jetty:jetty-io org.eclipse.jetty:jetty-util
jetty-ee10-webapp 12.0.29 150 jetty-ee10-servlet org.eclipse.jetty:jetty-ee org.eclipse.jetty:jetty-xml
[jakarta.servlet]
jakarta.servlet-api 6.0.0 350
[com.fasterxml.jackson]
jackson-bom 2.19.2 pom 20 jackson-parent
jackson-parent 2.19 pom 7
[com.fasterxml.jackson.core]
jackson-databind 2.19.2 1660 jackson-annotations jackson-core
jackson-core 2.19.2 600
jackson-annotations 2.19.2 80
[com.fasterxml.jackson.datatype]
jackson-datatype-jdk8 2.19.2 36 com.fasterxml.jackson.core:jackson-core com.fasterxml.jackson.core:jackson-databind
jackson-datatype-jsr310 2.19.2 133 com.fasterxml.jackson.core:jackson-annotations com.fasterxml.jackson.core:jackson-core com.fasterxml.jackson.core:jackson-databind
[com.fasterxml.jackson.module]
jackson-module-parameter-names 2.19.2 10 com.fasterxml.jackson.core:jackson-core com.fasterxml.jackson.core:jackson-databind
[ch.qos.logback]
logback-classic 1.5.20 330 logback-core org.slf4j:slf4j-api
logback-core 1.5.20 620
[org.slf4j]
slf4j-api 2.0.17 69
jul-to-slf4j 2.0.17 6 slf4j-api
slf4j-simple 2.0.17 16 slf4j-api
[org.apache.logging.log4j]
log4j-to-slf4j 2.24.3 24 log4j-api org.slf4j:slf4j-api
log4j-api 2.24.3 340
[jakarta.annotation]
jakarta.annotation-api 2.1.1 26
[org.yaml]
snakeyaml 2.4 340
[io.micrometer]
micrometer-bom 1.15.5 pom 7
micrometer-commons 1.15.5 48
micrometer-observation 1.15.5 75 micrometer-commons
micrometer-core 1.15.5 900 micrometer-commons micrometer-observation org.hdrhistogram:HdrHistogram org.latencyutils:LatencyUtils
micrometer-jakarta9 1.15.5 40 micrometer-core micrometer-commons micrometer-observation
micrometer-registry-prometheus 1.15.5 80 micrometer-core
[org.hdrhistogram]
HdrHistogram 2.2.2 170
[org.latencyutils]
LatencyUtils 2.0.3 30
[com.zaxxer]
HikariCP 6.3.3 160 org.slf4j:slf4j-api
[org.hibernate.orm]
hibernate-core 6.6.33.Final 11500 jakarta.persistence:jakarta.persistence-api jakarta.transaction:jakarta.transaction-api org.jboss.logging:jboss-logging org.hibernate.common:hibernate-commons-annotations io.smallrye:jandex com.fasterxml:classmate net.bytebuddy:byte-buddy org.glassfish.jaxb:jaxb-runtime jakarta.inject:jakarta.inject-api org.antlr:antlr4-runtime
[org.hibernate.common]
hibernate-commons-annotations 7.0.3.Final 70
[org.hibernate.validator]
hibernate-validator 8.0.3.Final 1300 jakarta.validation:jakarta.validation-api org.jboss.logging:jboss-logging com.fasterxml:classmate
[jakarta.persistence]
jakarta.persistence-api 3.1.0 170
[jakarta.transaction]
jakarta.transaction-api 2.0.1 30
[jakarta.validation]
jakarta.validation-api 3.0.2 93
[jakarta.inject]
jakarta.inject-api 2.0.1 12
[jakarta.xml.bind]
jakarta.xml.bind-api 4.0.4 130 jakarta.activation:jakarta.activation-api
[jakarta.activation]
jakarta.activation-api 2.1.4 62
[org.glassfish.jaxb]
jaxb-runtime 4.0.6 920 jaxb-core
jaxb-core 4.0.6 140 jakarta.xml.bind:jakarta.xml.bind-api jakarta.activation:jakarta.activation-api org.eclipse.angus:angus-activation txw2 com.sun.istack:istack-commons-runtime
txw2 4.0.6 73
[org.eclipse.angus]
angus-activation 2.0.2 27 jakarta.activation:jakarta.activation-api
[com.sun.istack]
istack-commons-runtime 4.1.2 26
[org.jboss.logging]
jboss-logging 3.6.1.Final 62
[io.smallrye]
jandex 3.2.0 330
[com.fasterxml]
classmate 1.7.1 70
[net.bytebuddy]
byte-buddy 1.17.8 4430
byte-buddy-agent 1.17.8 360
[org.antlr]
antlr4-runtime 4.13.0 330
[org.aspectj]
aspectjweaver 1.9.24 2200
[org.thymeleaf]
thymeleaf 3.1.3.RELEASE 950 org.attoparser:attoparser org.unbescape:unbescape org.slf4j:slf4j-api
thymeleaf-spring6 3.1.3.RELEASE 200 thymeleaf org.slf4j:slf4j-api
[org.attoparser]
attoparser 2.0.7.RELEASE 250
[org.unbescape]
unbescape 1.1.6.RELEASE 175
[io.projectreactor]
reactor-core 3.7.12 2000 org.reactivestreams:reactive-streams
[io.projectreactor.netty]
reactor-netty-http 1.2.11 1300 reactor-netty-core io.netty:netty-codec-http io.netty:netty-codec-http2
reactor-netty-core 1.2.11 560 io.netty:netty-handler io.netty:netty-handler-proxy io.netty:netty-transport-native-epoll io.projectreactor:reactor-core
[org.reactivestreams]
reactive-streams 1.0.4 11
[io.netty]
netty-bom 4.1.128.Final pom 11
netty-common 4.1.128.Final 700
netty-buffer 4.1.128.Final 320 netty-common
netty-transport 4.1.128.Final 560 netty-buffer netty-common netty-resolver
netty-resolver 4.1.128.Final 40 netty-common
netty-codec 4.1.128.Final 350 netty-buffer netty-common netty-transport
netty-handler 4.1.128.Final 650 netty-codec netty-transport-native-unix-common
netty-handler-proxy 4.1.128.Final 25 netty-codec-socks netty-codec-http
netty-codec-socks 4.1.128.Final 120 netty-codec
netty-codec-http 4.1.128.Final 700 netty-codec netty-handler
netty-codec-http2 4.1.128.Final 500 netty-codec-http
netty-transport-native-unix-common 4.1.128.Final 45 netty-transport
netty-transport-native-epoll 4.1.128.Final 150 netty-transport-native-unix-common
[io.lettuce]
lettuce-core 6.6.0.RELEASE 2400 io.netty:netty-handler io.projectreactor:reactor-core
[org.mongodb]
mongodb-driver-sync 5.5.2 160 mongodb-driver-core bson
mongodb-driver-core 5.5.2 1900 bson
bson 5.5.2 560
`;
