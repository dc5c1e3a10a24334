/**
 * The player's configuration, read from its URL: query parameters and, for scenarios,
 * the fragment (never sent to a server). Every value is checked; anything unknown falls
 * back to a default, and a bad scenario becomes an error to show, never an exception.
 *
 *   scenario=TEXT   the scenario script itself (URL-encoded)
 *   s=1.PAYLOAD     a share-link session (app/share)
 *   src=PATH        a scenario script at a URL on the same site
 *   views=layers,containers,terminal,editor   which views, in this order (default: all but editor)
 *   theme=system|light|dark|projection
 *   autoplay=1      run the scenario step by step instead of showing its end state
 *   edit=0          the reader may not type or edit (default: they may)
 *   origin=ORIGIN   the parent page's origin, for height messages (default: document.referrer)
 *   title=TEXT      what the player is called (its accessible name)
 */
import { readFragment } from '../share/link';
import { toScript } from '../share/session-doc';
import { parentOrigin } from './protocol';

export const VIEWS = ['editor', 'layers', 'containers', 'terminal'] as const;
export type View = (typeof VIEWS)[number];
export const THEMES = ['system', 'light', 'dark', 'projection'] as const;
export type EmbedTheme = (typeof THEMES)[number];

/** An inline scenario longer than this is refused (a link, not a bulk transfer). */
export const MAX_SCENARIO = 64 * 1024;

export type ScenarioSource =
  | { kind: 'script'; script: string }
  | { kind: 'url'; url: string }
  | { kind: 'none' }
  | { kind: 'error'; error: string };

export interface EmbedConfig {
  scenario: ScenarioSource;
  views: View[];
  theme: EmbedTheme;
  autoplay: boolean;
  interactive: boolean;
  /** Where height messages go; null: nowhere. */
  parentOrigin: string | null;
  title: string;
}

const DEFAULT_VIEWS: View[] = ['layers', 'containers', 'terminal'];

function flag(value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  return fallback;
}

function views(value: string | null): View[] {
  if (value === null) return DEFAULT_VIEWS;
  const picked = value
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter((v): v is View => (VIEWS as readonly string[]).includes(v));
  const unique = [...new Set(picked)];
  return unique.length > 0 ? unique : DEFAULT_VIEWS;
}

/** A same-site http(s) URL for a scenario file, or an error. */
export function scenarioUrl(src: string, page: string): ScenarioSource {
  let url: URL;
  try {
    url = new URL(src, page);
  } catch {
    return { kind: 'error', error: 'The scenario address is not a valid URL.' };
  }
  const here = new URL(page);
  if (url.origin !== here.origin || !/^https?:$/.test(url.protocol))
    return { kind: 'error', error: 'The scenario must come from the same site as the player.' };
  return { kind: 'url', url: url.href };
}

function scenario(params: URLSearchParams, page: string): ScenarioSource {
  const inline = params.get('scenario');
  if (inline !== null) {
    if (inline.length > MAX_SCENARIO)
      return { kind: 'error', error: `The scenario is longer than ${MAX_SCENARIO / 1024} KB.` };
    return { kind: 'script', script: inline };
  }
  const encoded = params.get('s');
  if (encoded !== null) {
    const link = readFragment(`s=${encodeURIComponent(encoded)}`);
    if (link.kind === 'session') return { kind: 'script', script: toScript(link.doc) };
    if (link.kind === 'bad') return { kind: 'error', error: link.error };
  }
  const src = params.get('src');
  if (src !== null) return scenarioUrl(src, page);
  return { kind: 'none' };
}

/** Reads the configuration from a page URL and its referrer; never throws. */
export function readEmbedConfig(href: string, referrer: string): EmbedConfig {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    url = new URL('about:blank');
  }
  // Fragment parameters win over query ones: scenarios belong in the fragment.
  const params = new URLSearchParams(url.search);
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  for (const [key, value] of fragment) params.set(key, value);
  const theme = params.get('theme');
  const title = (params.get('title') ?? '').trim().slice(0, 120);
  return {
    scenario: scenario(params, url.href),
    views: views(params.get('views')),
    theme: (THEMES as readonly string[]).includes(theme ?? '') ? (theme as EmbedTheme) : 'system',
    autoplay: flag(params.get('autoplay'), false),
    interactive: flag(params.get('edit'), true),
    parentOrigin: parentOrigin(params.get('origin'), referrer),
    title: title || 'Layercake player',
  };
}
