/**
 * `docker login` credentials, kept where the docker CLI keeps them: `~/.docker/config.json`
 * on the host, `{"auths": {"<server>": {"auth": base64("user:password")}}}` written with tab
 * indentation. Keeping them in the host's files makes them per host (the CI runner needs its
 * own login) and lets people `cat` the file and see why Docker warns that they are stored
 * unencrypted.
 */
import type { FileSystem } from '../fs/filesystem';
import { joinPath } from '../fs/path';

export interface AuthEntry {
  auth?: string;
}

interface ConfigFile {
  auths: Record<string, AuthEntry>;
  rest: Record<string, unknown>;
}

export function configPath(home: string): string {
  return joinPath(home, '.docker', 'config.json');
}

function readConfig(fs: FileSystem, home: string): ConfigFile {
  const file = fs.readFile(configPath(home));
  if (!file.ok || file.value.text === undefined) return { auths: {}, rest: {} };
  try {
    const parsed: unknown = JSON.parse(file.value.text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      return { auths: {}, rest: {} };
    const { auths, ...rest } = parsed as Record<string, unknown>;
    const valid = auths && typeof auths === 'object' && !Array.isArray(auths);
    return { auths: valid ? (auths as Record<string, AuthEntry>) : {}, rest };
  } catch {
    return { auths: {}, rest: {} };
  }
}

/** Go's json.MarshalIndent(config, "", "\t"): map keys sorted, no final newline. */
function formatConfig(config: ConfigFile): string {
  const auths: Record<string, AuthEntry> = {};
  for (const key of Object.keys(config.auths).sort()) auths[key] = config.auths[key] ?? {};
  return JSON.stringify({ auths, ...config.rest }, null, '\t');
}

function writeConfig(fs: FileSystem, home: string, config: ConfigFile): boolean {
  const dir = joinPath(home, '.docker');
  if (!fs.stat(dir).ok && !fs.mkdir(dir, { parents: true, mode: 0o700 }).ok) return false;
  return fs.writeFile(configPath(home), { text: formatConfig(config) }, { mode: 0o600 }).ok;
}

/** The user name stored for a server, if logged in. */
export function storedUser(fs: FileSystem, home: string, authKey: string): string | undefined {
  const auth = readConfig(fs, home).auths[authKey]?.auth;
  if (!auth) return undefined;
  const decoded = base64Decode(auth);
  const colon = decoded?.indexOf(':') ?? -1;
  return decoded && colon > 0 ? decoded.slice(0, colon) : undefined;
}

/** Stores credentials; `changed` is false when the same ones were already stored. */
export function storeCredentials(
  fs: FileSystem,
  home: string,
  authKey: string,
  username: string,
  password: string,
): { ok: boolean; changed: boolean } {
  const config = readConfig(fs, home);
  const auth = base64Encode(`${username}:${password}`);
  if (config.auths[authKey]?.auth === auth) return { ok: true, changed: false };
  const next = { ...config, auths: { ...config.auths, [authKey]: { auth } } };
  return { ok: writeConfig(fs, home, next), changed: true };
}

export function removeCredentials(fs: FileSystem, home: string, authKey: string): void {
  const config = readConfig(fs, home);
  if (!fs.stat(configPath(home)).ok) return;
  const auths = { ...config.auths };
  delete auths[authKey];
  writeConfig(fs, home, { ...config, auths });
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 of the UTF-8 bytes, with padding (Go's base64.StdEncoding). */
export function base64Encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

export function base64Decode(text: string): string | undefined {
  const clean = text.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean) || clean.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    value = (value << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
