/**
 * `streamlit run app.py` as a container's command: Streamlit's start-up lines (it is headless
 * in a container, so it opens no browser) and then a server that keeps running. It handles
 * SIGTERM and stops cleanly (exit 0). Only `run` serves; other subcommands are the image's.
 */
import { resolvePath } from '../../fs/path';
import type { ProgramEntry, ProgramIO } from '../../shell/program';
import { delegate } from './blocking-tools';
import type { ServiceContext } from './types';

const USAGE =
  "Usage: streamlit run [OPTIONS] TARGET [ARGS]...\nTry 'streamlit run --help' for help.\n\n";

/** A `--server.port=8501` or `--server.port 8501` option's value, else the environment's. */
function option(
  args: readonly string[],
  name: string,
  env: string | undefined,
): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
    if (a === `--${name}`) return args[i + 1];
  }
  return env;
}

export function streamlitProgram(ctx: ServiceContext): ProgramEntry {
  return {
    run: (argv: string[], io: ProgramIO) => {
      const args = argv.slice(1);
      if (args[0] !== 'run') return delegate(ctx, 'streamlit', argv, io);
      const target = args
        .slice(1)
        .find((a, i, rest) => !a.startsWith('-') && !rest[i - 1]?.match(/^--[\w.]+$/));
      if (!target) {
        io.stderr(`${USAGE}Error: Missing argument 'TARGET'.\n`);
        return 2;
      }
      if (!io.fs.stat(resolvePath(io.cwd, target)).ok) {
        io.stderr(`${USAGE}Error: Invalid value: File does not exist: ${target}\n`);
        return 2;
      }
      const port = option(args, 'server.port', io.env.STREAMLIT_SERVER_PORT) ?? '8501';
      const address = option(args, 'server.address', io.env.STREAMLIT_SERVER_ADDRESS);
      const stats = option(
        args,
        'browser.gatherUsageStats',
        io.env.STREAMLIT_BROWSER_GATHER_USAGE_STATS,
      );
      let out = '';
      if (stats !== 'false')
        out +=
          '\nCollecting usage statistics. To deactivate, set browser.gatherUsageStats to false.\n\n';
      out += '\n  You can now view your Streamlit app in your browser.\n\n';
      out += address
        ? `  URL: http://${address}:${port}\n\n`
        : `  Local URL: http://localhost:${port}\n${ctx.ip ? `  Network URL: http://${ctx.ip}:${port}\n` : ''}\n`;
      io.stdout(out);
      ctx.block({
        name: 'streamlit',
        commandLine: argv.join(' '),
        ignoresSigterm: false,
        termExitCode: 0,
        termDelayMs: 200,
      });
    },
  };
}
