/**
 * Test support: the projects Spring Initializr generates (Maven and Gradle, Java 21, web +
 * test starters) and a JDK image tree for running the JVM programs against a filesystem.
 */
import { OverlayFs } from '../../fs/overlay';
import { tree } from '../testing/images';

export const BOOT_POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
	<modelVersion>4.0.0</modelVersion>
	<parent>
		<groupId>org.springframework.boot</groupId>
		<artifactId>spring-boot-starter-parent</artifactId>
		<version>3.5.7</version>
		<relativePath/> <!-- lookup parent from repository -->
	</parent>
	<groupId>com.example</groupId>
	<artifactId>demo</artifactId>
	<version>0.0.1-SNAPSHOT</version>
	<name>demo</name>
	<properties>
		<java.version>21</java.version>
	</properties>
	<dependencies>
		<dependency>
			<groupId>org.springframework.boot</groupId>
			<artifactId>spring-boot-starter-web</artifactId>
		</dependency>
		<dependency>
			<groupId>org.projectlombok</groupId>
			<artifactId>lombok</artifactId>
			<optional>true</optional>
		</dependency>
		<dependency>
			<groupId>org.springframework.boot</groupId>
			<artifactId>spring-boot-starter-test</artifactId>
			<scope>test</scope>
		</dependency>
	</dependencies>
	<build>
		<plugins>
			<plugin>
				<groupId>org.springframework.boot</groupId>
				<artifactId>spring-boot-maven-plugin</artifactId>
			</plugin>
		</plugins>
	</build>
</project>
`;

export const APP = `package com.example.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DemoApplication {

	public static void main(String[] args) {
		SpringApplication.run(DemoApplication.class, args);
	}

}
`;

export const APP_TEST = `package com.example.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DemoApplicationTests {

	@Test
	void contextLoads() {
	}

}
`;

export const BOOT_GRADLE = `plugins {
	id 'java'
	id 'org.springframework.boot' version '3.5.7'
	id 'io.spring.dependency-management' version '1.1.7'
}

group = 'com.example'
version = '0.0.1-SNAPSHOT'

java {
	toolchain {
		languageVersion = JavaLanguageVersion.of(21)
	}
}

repositories {
	mavenCentral()
}

dependencies {
	implementation 'org.springframework.boot:spring-boot-starter-web'
	testImplementation 'org.springframework.boot:spring-boot-starter-test'
	testRuntimeOnly 'org.junit.platform:junit-platform-launcher'
}

tasks.named('test') {
	useJUnitPlatform()
}
`;

/** BOOT_POM with Tomcat swapped for Jetty, as Boot's reference documentation shows it. */
export const JETTY_POM = BOOT_POM.replace(
  `<artifactId>spring-boot-starter-web</artifactId>
		</dependency>`,
  `<artifactId>spring-boot-starter-web</artifactId>
			<exclusions>
				<exclusion>
					<groupId>org.springframework.boot</groupId>
					<artifactId>spring-boot-starter-tomcat</artifactId>
				</exclusion>
			</exclusions>
		</dependency>
		<dependency>
			<groupId>org.springframework.boot</groupId>
			<artifactId>spring-boot-starter-jetty</artifactId>
		</dependency>`,
);

/** The project's files under `dir` (paths relative to the project). */
export function mavenProject(pom = BOOT_POM): Record<string, string> {
  return {
    'pom.xml': pom,
    'src/main/java/com/example/demo/DemoApplication.java': APP,
    'src/main/resources/application.properties': 'spring.application.name=demo\n',
    'src/test/java/com/example/demo/DemoApplicationTests.java': APP_TEST,
  };
}

export function gradleProject(): Record<string, string> {
  return {
    'settings.gradle': "rootProject.name = 'demo'\n",
    'build.gradle': BOOT_GRADLE,
    'src/main/java/com/example/demo/DemoApplication.java': APP,
    'src/main/resources/application.properties': 'spring.application.name=demo\n',
    'src/test/java/com/example/demo/DemoApplicationTests.java': APP_TEST,
  };
}

/** A Temurin JDK image with a project in /app. */
export function jdkFs(project: Record<string, string> = {}): OverlayFs {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(project)) files[`/app/${path}`] = text;
  return new OverlayFs([
    tree({
      '/bin/sh': { blob: 125_000 },
      '/opt/java/openjdk/bin/java': { blob: 50_000 },
      '/opt/java/openjdk/bin/javac': { blob: 20_000 },
      '/usr/share/maven/lib/maven-core-3.9.11.jar': { blob: 700_000, mode: 0o644 },
      '/root/': '',
      '/app/': '',
      ...files,
    }),
  ]);
}

export const TEMURIN_21 = {
  JAVA_HOME: '/opt/java/openjdk',
  JAVA_VERSION: 'jdk-21.0.9+10',
  LANG: 'en_US.UTF-8',
  MAVEN_HOME: '/usr/share/maven',
};
