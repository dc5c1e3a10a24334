/**
 * What `go build` can tell from a program's source about how its binary behaves when run: a
 * web server (net/http's ListenAndServe, gin's Run, echo's Start, fiber's Listen; chi and
 * gorilla/mux serve through net/http) keeps running, a CLI returns. The binary's bytes are
 * not modelled, so this reading travels in its blob id (`serveTag`) into the image, where
 * the source usually is not (a multi-stage build copies only the binary).
 */
import { goStartupLines } from './cli-main';

/** A Go web server as its source shows it. */
export interface GoServer {
  framework: 'net/http' | 'gin' | 'echo' | 'fiber';
  /** The literal listen address (":8080"); undefined when computed at run time. */
  addr: string | undefined;
  /** gin's routes in registration order: method, path, handler name. */
  routes: [string, string, string][];
  /** gin.Default() (Logger and Recovery attached) rather than gin.New(). */
  ginDefault: boolean;
  /** gin.SetMode(gin.ReleaseMode) in the source: no debug lines. */
  ginRelease: boolean;
  /**
   * signal.Notify / signal.NotifyContext naming SIGTERM (or no signal: all of them): the
   * program catches docker stop's signal and shuts down. os.Interrupt alone is SIGINT only.
   */
  handlesSignals: boolean;
  /** What main prints on stdout before it starts listening (fmt.Println("...")). */
  prints: string[];
  /**
   * What main writes on stderr before listening, each with how many of `prints` come before
   * it: the standard logger's lines (log.Println("...")) behind its date and time, `plain`
   * ones (fmt.Fprintln(os.Stderr, ...), println) as they are. Absent when there are none (so
   * older binaries' blob ids stay as they were).
   */
  logs?: { after: number; text: string; plain?: true }[];
  /** The first print left out, an operand of it computed at run time (absent when none). */
  unknown?: string;
}

const LISTEN: Record<GoServer['framework'], RegExp> = {
  gin: /\.Run(?:TLS)?\(\s*("([^"]*)")?/,
  echo: /\.Start(?:TLS)?\(\s*("([^"]*)")?/,
  fiber: /\.Listen(?:TLS)?\(\s*("([^"]*)")?/,
  'net/http':
    /\b(?:http\.ListenAndServe(?:TLS)?|\.ListenAndServe(?:TLS)?|http\.Serve)\(\s*("([^"]*)")?/,
};

function frameworkOf(source: string): GoServer['framework'] | undefined {
  if (/"github\.com\/gin-gonic\/gin"/.test(source) && LISTEN.gin.test(source)) return 'gin';
  if (/"github\.com\/labstack\/echo(?:\/v4)?"/.test(source) && LISTEN.echo.test(source))
    return 'echo';
  if (/"github\.com\/gofiber\/fiber(?:\/v2|\/v3)?"/.test(source) && LISTEN.fiber.test(source))
    return 'fiber';
  if (/"net\/http"/.test(source) && LISTEN['net/http'].test(source)) return 'net/http';
  return undefined;
}

/** gin's route registrations: r.GET("/ping", func...) or r.POST("/x", handler). */
function ginRoutes(source: string): [string, string, string][] {
  const routes: [string, string, string][] = [];
  let anonymous = 0;
  const re = /\.(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any)\(\s*"([^"]*)"\s*,\s*([\w.]+)/g;
  for (const m of source.matchAll(re)) {
    const [, method = '', path = '', handler = ''] = m;
    const name = handler === 'func' ? `main.main.func${++anonymous}` : `main.${handler}`;
    routes.push([method, path, name]);
  }
  return routes;
}

/**
 * What main prints before it listens (`cli-main.ts` reads it, literal bindings filling the
 * operands): fmt's lines, and after how many of them each of the logger's (stamped) or other
 * stderr lines comes.
 */
function startupPrints(
  source: string,
  listen: RegExp,
): Pick<GoServer, 'prints' | 'logs' | 'unknown'> {
  const { lines, unknown } = goStartupLines(source, listen);
  const prints: string[] = [];
  const logs: NonNullable<GoServer['logs']> = [];
  for (const line of lines)
    if (line.stream === 'stdout') prints.push(line.text);
    else
      logs.push({ after: prints.length, text: line.text, ...(line.stamp ? {} : { plain: true }) });
  return { prints, ...(logs.length > 0 ? { logs } : {}), ...(unknown ? { unknown } : {}) };
}

function catchesSigterm(source: string): boolean {
  for (const m of source.matchAll(/\bsignal\.Notify(?:Context)?\(([^\n]*)/g)) {
    // Drop inner calls (context.Background()) so the arguments split on their commas.
    let call = m[1] ?? '';
    while (/\([^()]*\)/.test(call)) call = call.replace(/\([^()]*\)/g, '');
    const args = call.replace(/\).*$/, '').split(',').slice(1);
    if (args.length === 0 || args.some((a) => /SIGTERM/.test(a))) return true;
  }
  return false;
}

/** The server a package's source starts, or undefined for a program that returns (a CLI). */
export function goServerOf(source: string): GoServer | undefined {
  const framework = frameworkOf(source);
  if (!framework) return undefined;
  const listen = LISTEN[framework].exec(source);
  return {
    framework,
    addr: listen?.[1] !== undefined ? listen[2] : undefined,
    routes: framework === 'gin' ? ginRoutes(source) : [],
    ginDefault: /gin\.Default\(\)/.test(source),
    ginRelease: /gin\.SetMode\(\s*gin\.ReleaseMode\s*\)/.test(source),
    handlesSignals: catchesSigterm(source),
    ...startupPrints(source, LISTEN[framework]),
  };
}

const TAG = 'serve=';

/** The blob-id field that carries the server (no ':' in it, so fields still split). */
export function serveTag(server: GoServer | undefined): string {
  return server ? `:${TAG}${encodeURIComponent(JSON.stringify(server))}` : '';
}

/** The server a binary's blob id carries; undefined for a CLI or a blob from elsewhere. */
export function goServerInBlob(blob: string | undefined): GoServer | undefined {
  if (!blob?.startsWith('go-binary:')) return undefined;
  const field = blob.split(':').find((f) => f.startsWith(TAG));
  if (!field) return undefined;
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(field.slice(TAG.length)));
    return parsed && typeof parsed === 'object' && 'framework' in parsed
      ? (parsed as GoServer)
      : undefined;
  } catch {
    return undefined;
  }
}
