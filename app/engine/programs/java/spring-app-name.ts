/**
 * `spring.application.name`, which Boot 3.2 and later print in every log line
 * (`--- [demo] [           main]`) when it is set: start.spring.io's projects set it in
 * application.properties. It is read from the app's resources (application.properties, then
 * application.yml / .yaml), and the environment's SPRING_APPLICATION_NAME wins over both, as
 * Boot's relaxed binding makes it.
 */
import type { FileSystem } from '../../fs/filesystem';

/** The name a properties file sets (`spring.application.name=demo`, `:` or spaces too). */
function fromProperties(text: string): string | undefined {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^spring\.application\.name\s*[=:\s]\s*(.*)$/.exec(line);
    if (m) return m[1]?.trim() || undefined;
  }
  return undefined;
}

/** The name a YAML file sets, nested (`spring:` / `application:` / `name:`) or flat. */
function fromYaml(text: string): string | undefined {
  const path: { indent: number; key: string }[] = [];
  for (const raw of text.split('\n')) {
    if (/^\s*(#|$)/.test(raw) || raw.trim() === '---') continue;
    const m = /^(\s*)([\w.-]+)\s*:\s*(.*)$/.exec(raw);
    if (!m) continue;
    const indent = m[1]?.length ?? 0;
    while (path.length > 0 && (path.at(-1)?.indent ?? 0) >= indent) path.pop();
    path.push({ indent, key: m[2] ?? '' });
    const value = (m[3] ?? '').replace(/\s+#.*$/, '').trim();
    const key = path.map((p) => p.key).join('.');
    if (key === 'spring.application.name' && value)
      return value.replace(/^(['"])(.*)\1$/, '$2') || undefined;
  }
  return undefined;
}

/** The config files Boot reads from the classpath root, in the order that wins. */
const CONFIG_FILES = ['application.properties', 'application.yml', 'application.yaml'];

/** The texts of the config files in folder `root` (target/classes, BOOT-INF/classes), by name. */
export function configTexts(fs: FileSystem, root: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of CONFIG_FILES) {
    const file = fs.readFile(`${root}/${name}`);
    if (file.ok && file.value.text !== undefined) texts[name] = file.value.text;
  }
  return texts;
}

/** The name that config files set, given a reader of their text by file name. */
function nameFrom(read: (name: string) => string | undefined): string | undefined {
  for (const name of CONFIG_FILES) {
    const text = read(name);
    if (text === undefined) continue;
    const found = name.endsWith('.properties') ? fromProperties(text) : fromYaml(text);
    if (found) return found;
  }
  return undefined;
}

/** The application name the resources in folder `root` set (BOOT-INF/classes). */
export function resourcesAppName(fs: FileSystem, root: string): string | undefined {
  const texts = configTexts(fs, root);
  return nameFrom((name) => texts[name]);
}

/** The application name a Boot jar's recorded member texts set. */
export function jarAppName(
  texts: Readonly<Record<string, string>> | undefined,
): string | undefined {
  return texts ? nameFrom((name) => texts[`BOOT-INF/classes/${name}`]) : undefined;
}

/** What Boot logs as the application name: the environment's, else the resources'. */
export function loggedAppName(
  env: Readonly<Record<string, string | undefined>>,
  fromResources: string | undefined,
): string | undefined {
  return env.SPRING_APPLICATION_NAME || fromResources;
}
