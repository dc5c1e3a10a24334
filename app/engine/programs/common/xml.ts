/**
 * Reading the XML files build tools take (a .csproj, a pom.xml) with a real XML parser
 * (@rgrove/parse-xml), so entities, CDATA, comments and attributes mean what they mean to the
 * tool, and a malformed file is reported where it breaks instead of being half read.
 */
import { parseXml, XmlElement, type XmlError } from '@rgrove/parse-xml';

export type { XmlElement };

export type XmlRead =
  | { ok: true; root: XmlElement }
  | {
      ok: false;
      /** The parser's reason, without its location and excerpt lines. */
      reason: string;
      line: number;
      column: number;
      /** The element left open when the file ended or another one closed first, if any. */
      unclosed?: string;
    };

export function readXml(source: string): XmlRead {
  try {
    const root = parseXml(source).root;
    if (root) return { ok: true, root };
    return { ok: false, reason: 'Root element is missing', line: 1, column: 1 };
  } catch (err) {
    const e = err as Partial<XmlError> & { message?: string };
    const reason =
      (e.message ?? String(err)).split('\n')[0]?.replace(/ \(line \d+, column \d+\)$/, '') ?? '';
    const unclosed = /^Missing end tag for element (\S+)/.exec(reason)?.[1];
    return {
      ok: false,
      reason,
      line: e.line ?? 1,
      column: e.column ?? 1,
      ...(unclosed ? { unclosed } : {}),
    };
  }
}

/** The element children of `el`, optionally only those named `name` (exactly, as XML is). */
export function elements(el: XmlElement | undefined, name?: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter(
    (c): c is XmlElement => c instanceof XmlElement && (name === undefined || c.name === name),
  );
}

/** The first element child named `name`. */
export function element(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return elements(el, name)[0];
}

/** An attribute's value, its name matched without regard to case (MSBuild reads them so). */
export function attribute(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(el.attributes))
    if (key.toLowerCase() === lower) return value;
  return undefined;
}

/** Every element below `el` (depth first) named `name`. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of elements(el)) {
    if (child.name === name) found.push(child);
    found.push(...descendants(child, name));
  }
  return found;
}
