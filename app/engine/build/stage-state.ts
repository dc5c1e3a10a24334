/** What a stage has accumulated so far: its layers, image config, history and variables. */
import type { HistoryEntry, ImageConfig } from '../catalog/types';
import type { Digest } from '../fs/digest';
import type { DirNode } from '../fs/node';
import type { Userland } from '../shell/program';

export interface LayerRef {
  diffId: Digest;
  tree: DirNode;
  size: number;
}

export interface StageState {
  layers: LayerRef[];
  /** How many of `layers` came from the base image (the UI groups them). */
  baseLayerCount: number;
  config: ImageConfig;
  history: HistoryEntry[];
  /** ARGs declared in this stage, with their effective values (build-arg, else default). */
  args: Map<string, string | undefined>;
  /** Cache key of the last step: every step's key includes its parent's. */
  key: string;
  userland: Userland;
  distro?: string;
  /** `docker.io/library/python:3.14-slim` or the stage it came from, for messages. */
  baseName: string;
  /** How many `history` rows the base image brought (the rest are this build's). */
  baseHistoryCount: number;
  /** The base image's creation time (RFC 3339): the image's, when the build adds no layer. */
  baseCreated: string;
}

/** What an image with no creation time says (scratch plus metadata only). */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The config a stage FROM scratch starts with: BuildKit gives it PATH and WorkingDir `/`. */
export function emptyConfig(): ImageConfig {
  return { Env: [`PATH=${DEFAULT_PATH}`], WorkingDir: '/', User: '' };
}

export function envMap(config: ImageConfig): Map<string, string> {
  const env = new Map<string, string>();
  for (const entry of config.Env) {
    const eq = entry.indexOf('=');
    if (eq > 0) env.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  return env;
}

export function setEnv(config: ImageConfig, pairs: readonly [string, string][]): ImageConfig {
  const env = envMap(config);
  for (const [k, v] of pairs) env.set(k, v);
  return { ...config, Env: [...env].map(([k, v]) => `${k}=${v}`) };
}

/**
 * What a word in a Dockerfile instruction can refer to: ENV values first, then ARGs that
 * have a value (an ARG without a value is left unexpanded... by RUN's shell, which sees
 * nothing). ENV wins over ARG, as Docker documents.
 */
export function lookupVar(state: StageState): (name: string) => string | undefined {
  const env = envMap(state.config);
  return (name) => env.get(name) ?? state.args.get(name) ?? undefined;
}

/** The environment a RUN sees: the image's ENV plus the stage's ARGs with values. */
export function runEnv(state: StageState): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of state.args) if (v !== undefined) env[k] = v;
  for (const [k, v] of envMap(state.config)) env[k] = v;
  return env;
}
