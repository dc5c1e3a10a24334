/**
 * `docker image inspect`: the full JSON of each image, or a Go template over it. As in the
 * docker CLI, a template runs against the typed object first and, if a field is missing
 * there, against the raw JSON (where a missing key is an error).
 */
import { goJson, dockerInspectJson } from '../format/json';
import { compileTemplate, executeTemplate } from '../format/template';
import type { GoStruct } from '../format/go-value';
import type { DockerCommand, DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
import { FORMAT_JSON_HELP } from './image-common';
import { inspectImage } from './image-inspect-data';

export type InspectRender =
  { ok: true; text: string } | { ok: false; text: string; error: string; exitCode: number };

/**
 * Renders inspect objects as docker does: indented JSON by default, compact JSON for
 * `--format json`, otherwise the template once per object. Shared with `docker inspect`.
 */
export function renderInspect(
  objects: readonly GoStruct[],
  format: string | undefined,
): InspectRender {
  if (!format) {
    const json = dockerInspectJson(objects);
    return json.ok
      ? { ok: true, text: json.text }
      : { ok: false, text: '', error: json.error, exitCode: 1 };
  }
  if (format === 'json') {
    const json = goJson(objects, { escapeHtml: false });
    return json.ok
      ? { ok: true, text: `${json.text}\n` }
      : { ok: false, text: '', error: json.error, exitCode: 1 };
  }
  const compiled = compileTemplate(format);
  if (!compiled.ok) {
    return {
      ok: false,
      text: '',
      error: `template parsing error: ${compiled.error}`,
      exitCode: 64,
    };
  }
  // Nothing found: docker still ends the (empty) templated output with a newline.
  if (objects.length === 0) return { ok: true, text: '\n' };
  let text = '';
  for (const object of objects) {
    let result = executeTemplate(compiled.template, object);
    if (!result.ok) {
      const raw = goJson(object, { escapeHtml: false });
      const data: unknown = raw.ok ? JSON.parse(raw.text) : {};
      result = executeTemplate(compiled.template, data, { missingKey: 'error' });
    }
    if (!result.ok)
      return {
        ok: false,
        text: `${text}\n`,
        error: `template parsing error: ${result.error}`,
        exitCode: 1,
      };
    text += `${result.text}\n`;
  }
  return { ok: true, text };
}

/**
 * Prints what `renderInspect` made, then the errors of the objects not found (after the
 * found ones, as docker does); exit 1 when any was missing, the template's status if it failed.
 */
export function printInspect(
  ctx: DockerContext,
  objects: readonly GoStruct[],
  format: string | undefined,
  errors: readonly string[],
): number {
  const rendered = renderInspect(objects, format);
  ctx.out(rendered.text);
  if (!rendered.ok) {
    ctx.err(`${rendered.error}\n`);
    return rendered.exitCode;
  }
  for (const error of errors) ctx.err(`${error}\n`);
  return errors.length > 0 ? 1 : 0;
}

function run(ctx: DockerContext, parsed: ParsedArgs): number {
  const host = ctx.rt.host;
  const objects: GoStruct[] = [];
  const errors: string[] = [];
  for (const name of parsed.args) {
    const inspected = inspectImage(host, name);
    if (inspected.ok) objects.push(inspected.object);
    else errors.push(inspected.error);
  }
  return printInspect(
    ctx,
    objects,
    parsed.flags.string('format'),
    errors.map((error) => `Error response from daemon: ${error}`),
  );
}

export const imageInspectCommand: DockerCommand = {
  path: ['image', 'inspect'],
  spec: {
    name: 'image inspect',
    usage: 'docker image inspect [OPTIONS] IMAGE [IMAGE...]',
    short: 'Display detailed information on one or more images',
    minArgs: 1,
    interspersed: true,
    flags: [{ long: 'format', short: 'f', type: 'string', help: FORMAT_JSON_HELP }],
  },
  run,
};
