/**
 * A Gradle build as the Groovy or Kotlin DSL writes it, read with patterns (no script is
 * evaluated): settings' rootProject.name and includes, the build script's plugins, group,
 * version, Java toolchain, dependencies by configuration, the application's mainClass and the
 * archive settings that name the jars.
 */
import type { FileSystem } from '../../fs/filesystem';
import { readText } from '../common/fs-helpers';

export interface GradleDependency {
  configuration: string;
  group: string;
  artifact: string;
  version?: string;
}

export interface GradleProject {
  dir: string;
  name: string;
  group: string;
  /** "unspecified" when the script sets none (archive names then omit it). */
  version: string;
  kotlinDsl: boolean;
  plugins: Set<string>;
  /** The Spring Boot plugin's version, and the script line that applies it. */
  boot?: string;
  bootLine?: number;
  dependencies: GradleDependency[];
  /**
   * What the script excludes, as `group:module` (`*` for a part it leaves out): `exclude`
   * in a dependency's or a configuration's block, and a `modules { module(X) { replacedBy } }`
   * replacement. Applied to every configuration (a block's own scope is not tracked).
   */
  exclusions: string[];
  mainClass?: string;
  /** `jar { manifest { attributes 'Main-Class': ... } }`. */
  jarMainClass?: string;
  jarEnabled: boolean;
  bootJarName?: string;
  archiveBaseName?: string;
  javaVersion?: number;
  includes: string[];
}

const CONFIGURATIONS = [
  'implementation',
  'api',
  'compileOnly',
  'runtimeOnly',
  'annotationProcessor',
  'developmentOnly',
  'testImplementation',
  'testCompileOnly',
  'testRuntimeOnly',
  'testAnnotationProcessor',
  'kapt',
];

function stringValue(text: string, pattern: string): string | undefined {
  return new RegExp(`${pattern}\\s*(?:=|\\()?\\s*["']([^"']+)["']`).exec(text)?.[1];
}

function readPlugins(text: string): { ids: Set<string>; boot?: string } {
  const ids = new Set<string>();
  let boot: string | undefined;
  const block = /plugins\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  for (const m of block.matchAll(
    /id\s*\(?\s*["']([^"']+)["']\s*\)?(?:\s*version\s*\(?\s*["']([^"']+)["'])?/g,
  )) {
    ids.add(m[1] as string);
    if (m[1] === 'org.springframework.boot') boot = m[2];
  }
  for (const m of block.matchAll(/^\s*(java|application|`java-library`|java-library|war)\s*$/gm))
    ids.add((m[1] as string).replace(/`/g, ''));
  for (const m of block.matchAll(/kotlin\s*\(\s*"([^"]+)"\s*\)/g))
    ids.add(`org.jetbrains.kotlin.${m[1]}`);
  for (const m of text.matchAll(/apply\s+plugin:\s*["']([^"']+)["']/g)) ids.add(m[1] as string);
  if (
    ids.has('org.springframework.boot') ||
    ids.has('application') ||
    ids.has('java-library') ||
    ids.has('war')
  )
    ids.add('java');
  return { ids, ...(boot ? { boot } : {}) };
}

function readDependencies(text: string): GradleDependency[] {
  const out: GradleDependency[] = [];
  const pattern = new RegExp(
    `\\b(${CONFIGURATIONS.join('|')})\\s*\\(?\\s*["']([^"':]+):([^"':]+)(?::([^"':@]+))?[^"']*["']`,
    'g',
  );
  for (const m of text.matchAll(pattern))
    out.push({
      configuration: m[1] as string,
      group: m[2] as string,
      artifact: m[3] as string,
      ...(m[4] ? { version: m[4] } : {}),
    });
  return out;
}

function readExclusions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\bexclude\s*\(?([^)\n}]*)/g)) {
    const args = m[1] ?? '';
    const part = (name: string) =>
      new RegExp(`\\b${name}\\s*(?::|=)\\s*["']([^"']+)["']`).exec(args)?.[1];
    const group = part('group');
    const module = part('module');
    if (group || module) out.push(`${group ?? '*'}:${module ?? '*'}`);
  }
  for (const m of text.matchAll(
    /\bmodule\s*\(\s*["']([^"':]+):([^"':]+)["']\s*\)\s*\{[^}]*replacedBy/g,
  ))
    out.push(`${m[1]}:${m[2]}`);
  return out;
}

/** The build in `dir`, or undefined when there is neither a build nor a settings script. */
export function readGradleProject(fs: FileSystem, dir: string): GradleProject | undefined {
  const base = dir === '/' ? '' : dir;
  const groovy = readText(fs, `${base}/build.gradle`);
  const kotlin = readText(fs, `${base}/build.gradle.kts`);
  const settings =
    readText(fs, `${base}/settings.gradle`) ?? readText(fs, `${base}/settings.gradle.kts`);
  if (groovy === undefined && kotlin === undefined && settings === undefined) return undefined;
  const text = groovy ?? kotlin ?? '';
  const { ids, boot } = readPlugins(text);
  const name =
    (settings && stringValue(settings, 'rootProject\\.name')) ?? (dir.split('/').pop() || 'root');
  const toolchain =
    /languageVersion(?:\.set\(|\s*=\s*)\s*JavaLanguageVersion\.of\(\s*(\d+)\s*\)/.exec(text)?.[1];
  const compat = /sourceCompatibility\s*=\s*(?:JavaVersion\.VERSION_)?['"]?(?:1\.)?(\d+)/.exec(
    text,
  )?.[1];
  const mainClass = stringValue(text, 'mainClass(?:\\.set)?') ?? stringValue(text, 'mainClassName');
  const jarMain = /["']Main-Class["']\s*(?::|to|,)\s*["']([^"']+)["']/.exec(text)?.[1];
  const bootJarBlock = /bootJar\b[^{]*\{([\s\S]*?)\}/.exec(text)?.[1] ?? '';
  const bootJarName = stringValue(bootJarBlock, 'archiveFileName(?:\\.set)?');
  const archiveBaseName = stringValue(text, 'archiveBaseName(?:\\.set)?');
  return {
    dir,
    name,
    group: stringValue(text, '^\\s*group') ?? stringValue(text, '\\bgroup') ?? '',
    version: stringValue(text, '(?:^|\\n)\\s*version') ?? 'unspecified',
    kotlinDsl: groovy === undefined && kotlin !== undefined,
    plugins: ids,
    ...(boot
      ? {
          boot,
          bootLine: text.slice(0, text.indexOf('org.springframework.boot')).split('\n').length,
        }
      : {}),
    dependencies: readDependencies(text),
    exclusions: readExclusions(text),
    ...(mainClass ? { mainClass } : {}),
    ...(jarMain ? { jarMainClass: jarMain } : {}),
    jarEnabled:
      !/\bjar\s*\{[^}]*enabled\s*=\s*false/.test(text) &&
      !/tasks\.(?:named<Jar>|getByName)\(\s*"jar"\s*\)\s*\{[^}]*enabled\s*=\s*false/.test(text),
    ...(bootJarName ? { bootJarName } : {}),
    ...(archiveBaseName ? { archiveBaseName } : {}),
    ...(toolchain || compat ? { javaVersion: Number(toolchain ?? compat) } : {}),
    includes: settings
      ? [...settings.matchAll(/include\s*\(?\s*["']:?([^"']+)["']/g)].map((m) => m[1] as string)
      : [],
  };
}

/** "demo-0.0.1-SNAPSHOT" or "demo" when the version is unspecified. */
export function archiveBase(project: GradleProject): string {
  const base = project.archiveBaseName ?? project.name;
  return project.version === 'unspecified' ? base : `${base}-${project.version}`;
}
