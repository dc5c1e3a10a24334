/**
 * vue-cli-service (@vue/cli-service 5, webpack-dev-server 4): `--version` and `serve`, as
 * a Vue CLI project's `npm run serve` runs it. Its log is the one a container shows (stdout
 * not a terminal: no colours, no screen clearing, friendly-errors' timestamp glued to the
 * DONE line since the terminal has no width). Vue CLI listens on 0.0.0.0:8080 by default, so
 * the Network URL is the container's own address. It exits 0 on SIGTERM (serve.js stops the
 * server and calls process.exit(0)). Other commands (build, lint) are not modelled.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { exists } from '../common/fs-helpers';
import { walk } from './build-output';
import { containerAddress, devServerAddress, keepServing } from './dev-server';
import { installedVersion } from './installed-tool';

export const vueCliServiceProgram: Program = (argv, io) => {
  const command = argv[1];
  const version = installedVersion(io.fs, io.cwd, '@vue/cli-service') ?? '5.0.8';
  if (command === '--version' || command === '-v') {
    io.stdout(`@vue/cli-service ${version}\n`);
    return 0;
  }
  if (command !== 'serve') {
    io.note(`vue-cli-service ${command ?? ''} is not modelled; only \`vue-cli-service serve\` is.`);
    return 0;
  }
  return serve(argv, io);
};

function serve(argv: string[], io: ProgramIO): number {
  const root = io.cwd === '/' ? '' : io.cwd;
  const { host, port } = devServerAddress(argv.slice(2), 8080);
  io.stdout(' INFO  Starting development server...\n');
  const ms = 2_000 + walk(io, `${root}/src`).length * 40;
  io.spend(ms);
  io.stdout(` DONE  Compiled successfully in ${ms}ms${localeTime(io.now)}\n\n`);
  const local = host === undefined || host === true || host === '0.0.0.0' ? 'localhost' : host;
  const ip = containerAddress(io);
  const network = host === 'localhost' || !ip ? 'unavailable' : `http://${ip}:${port}/`;
  io.stdout(`\n  App running at:\n  - Local:   http://${local}:${port}/ \n`);
  io.stdout(`  - Network: ${network}\n\n`);
  const build = exists(io.fs, `${root}/yarn.lock`)
    ? 'yarn build'
    : exists(io.fs, `${root}/pnpm-lock.yaml`)
      ? 'pnpm run build'
      : 'npm run build';
  io.stdout('  Note that the development build is not optimized.\n');
  io.stdout(`  To create a production build, run ${build}.\n\n`);
  return keepServing(io, argv, 0, 'vue-cli-service serve');
}

/** `new Date().toLocaleTimeString()` in Node's default en-US locale, UTC: `9:05:03 AM`. */
function localeTime(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}
