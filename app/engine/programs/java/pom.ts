/**
 * pom.xml as Maven reads it: coordinates (inherited from the parent when absent), packaging,
 * name, properties (`${...}` expanded), dependencies with their scopes, build plugins and
 * finalName, modules. Read with a real XML parser (../common/xml.ts): entities, CDATA and
 * comments mean what they mean to Maven, and a malformed POM is "Non-parseable" where it breaks.
 */
import { elements, readXml, type XmlElement as ParsedElement } from '../common/xml';

export interface XmlElement {
  name: string;
  children: XmlElement[];
  /** The element's own text (and CDATA), not its children's. */
  text: string;
}

function fromParsed(el: ParsedElement): XmlElement {
  return {
    name: el.name,
    children: elements(el).map(fromParsed),
    text: el.children
      .map((c) => (c.type === 'text' || c.type === 'cdata' ? (c as { text: string }).text : ''))
      .join(''),
  };
}

/** Elements and their text, read with a real XML parser; where the file breaks, if it does. */
export function parseXml(
  source: string,
): { ok: true; root: XmlElement } | { ok: false; line: number; column: number } {
  const read = readXml(source);
  return read.ok
    ? { ok: true, root: fromParsed(read.root) }
    : { ok: false, line: read.line, column: read.column };
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el?.children.filter((c) => c.name === name) ?? [];
}

function value(el: XmlElement | undefined, name: string): string | undefined {
  const found = child(el, name);
  return found ? found.text.trim() : undefined;
}

export interface PomDependency {
  group: string;
  artifact: string;
  version?: string;
  scope: string;
  optional: boolean;
  type: string;
  /** `<exclusions>` as `groupId:artifactId` (either may be `*`). */
  exclusions?: string[];
}

export interface PomPlugin {
  group: string;
  artifact: string;
  version?: string;
  /** Text of <configuration>, for settings such as mainClass or skip. */
  configuration: string;
}

export interface Pom {
  group: string;
  artifact: string;
  version: string;
  packaging: string;
  name: string;
  parent?: { group: string; artifact: string; version: string };
  properties: Record<string, string>;
  dependencies: PomDependency[];
  /** Imported BOMs and managed versions from <dependencyManagement>. */
  managed: PomDependency[];
  plugins: PomPlugin[];
  finalName?: string;
  modules: string[];
  /** A `<mainClass>` anywhere (jar plugin manifest, spring-boot or shade configuration). */
  mainClass?: string;
}

/** Expands `${name}` from properties and project values, as Maven interpolates a POM. */
function interpolate(text: string, values: Record<string, string>): string {
  let out = text;
  for (let i = 0; i < 5 && out.includes('${'); i++)
    out = out.replace(/\$\{([^}]+)\}/g, (whole, key: string) => values[key] ?? whole);
  return out;
}

function readDependency(el: XmlElement, values: Record<string, string>): PomDependency {
  const version = value(el, 'version');
  const exclusions = children(child(el, 'exclusions'), 'exclusion').map(
    (x) => `${value(x, 'groupId') ?? '*'}:${value(x, 'artifactId') ?? '*'}`,
  );
  return {
    ...(exclusions.length > 0 ? { exclusions } : {}),
    group: interpolate(value(el, 'groupId') ?? '', values),
    artifact: interpolate(value(el, 'artifactId') ?? '', values),
    ...(version ? { version: interpolate(version, values) } : {}),
    scope: value(el, 'scope') ?? 'compile',
    optional: value(el, 'optional') === 'true',
    type: value(el, 'type') ?? 'jar',
  };
}

function flatten(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.text + el.children.map((c) => `<${c.name}>${flatten(c)}</${c.name}>`).join('');
}

/** Reads a POM, or explains why it cannot (Maven's "Non-parseable POM"). */
export function parsePom(source: string): Pom | { error: string } {
  const parsed = parseXml(source);
  if (!parsed.ok)
    return {
      error: `Non-parseable POM: the file is not well-formed XML @ line ${parsed.line}, column ${parsed.column}`,
    };
  const project = parsed.root;
  if (project.name !== 'project')
    return { error: 'Non-parseable POM: expected START_TAG or END_TAG not TEXT' };
  const parentEl = child(project, 'parent');
  const parent = parentEl
    ? {
        group: value(parentEl, 'groupId') ?? '',
        artifact: value(parentEl, 'artifactId') ?? '',
        version: value(parentEl, 'version') ?? '',
      }
    : undefined;
  const properties: Record<string, string> = {};
  for (const p of child(project, 'properties')?.children ?? []) properties[p.name] = p.text.trim();
  const group = value(project, 'groupId') ?? parent?.group ?? '';
  const artifact = value(project, 'artifactId') ?? '';
  const values: Record<string, string> = {
    ...properties,
    'project.groupId': group,
    'project.artifactId': artifact,
    ...(parent ? { 'project.parent.version': parent.version } : {}),
  };
  const version = interpolate(value(project, 'version') ?? parent?.version ?? '', values);
  values['project.version'] = version;
  const build = child(project, 'build');
  const plugins = children(child(build, 'plugins'), 'plugin').map((p) => {
    const v = value(p, 'version');
    return {
      group: value(p, 'groupId') ?? 'org.apache.maven.plugins',
      artifact: value(p, 'artifactId') ?? '',
      ...(v ? { version: interpolate(v, values) } : {}),
      configuration: flatten(child(p, 'configuration')),
    };
  });
  const finalName = value(build, 'finalName');
  const mainClass = /<mainClass>\s*([^<\s]+)\s*<\/mainClass>/.exec(source)?.[1];
  return {
    group,
    artifact,
    version,
    packaging: value(project, 'packaging') ?? 'jar',
    name: value(project, 'name') ?? artifact,
    ...(parent ? { parent } : {}),
    properties,
    dependencies: children(child(project, 'dependencies'), 'dependency').map((d) =>
      readDependency(d, values),
    ),
    managed: children(
      child(child(project, 'dependencyManagement'), 'dependencies'),
      'dependency',
    ).map((d) => readDependency(d, values)),
    plugins,
    ...(finalName ? { finalName: interpolate(finalName, values) } : {}),
    modules: children(child(project, 'modules'), 'module').map((m) => m.text.trim()),
    ...(mainClass ? { mainClass: interpolate(mainClass, values) } : {}),
  };
}
