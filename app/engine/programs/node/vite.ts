/**
 * vite: `--version` and `vite build`, which bundles the app that index.html loads into
 * outDir (dist, or vite.config's build.outDir / --outDir): dist/index.html pointing at
 * hashed assets/index-<hash>.js (and .css when the sources have styles), plus public/'s files
 * copied as they are. The report is Vite's as a build log shows it (no colours). Sizes are
 * estimated from the sources and the dependencies bundled; the code is not really bundled.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { resolvePath } from '../../fs/path';
import { sha256Hex } from '../common/hash';
import { fileSize, readText, writeBlob, writeText } from '../common/fs-helpers';
import { nodeVersion } from './node-version';
import { installedVersion } from './installed-tool';
import {
  base64Url,
  bundleBytes,
  copyTree,
  dependencyNames,
  duration,
  emptyDir,
  gzipBytes as gzip,
  walk,
} from './build-output';

export const viteProgram: Program = (argv, io) => {
  const args = argv.slice(1);
  const version = installedVersion(io.fs, io.cwd, 'vite') ?? '7.3.1';
  if (args.includes('--version') || args.includes('-v')) {
    io.stdout(`vite/${version} linux-x64 node-${nodeVersion(io)}\n`);
    return 0;
  }
  if (args[0] !== 'build') {
    io.note(
      `vite ${args[0] ?? 'dev'} starts a server that the simulation does not run; only \`vite build\` is modelled.`,
    );
    return 0;
  }
  const root = resolvePath(io.cwd, args.slice(1).find((a) => !a.startsWith('-')) ?? '.');
  const flag = args.indexOf('--outDir');
  const outDir = resolvePath(
    root,
    (flag >= 0 ? args[flag + 1] : undefined) ?? configOutDir(io, root),
  );
  io.stdout(`vite v${version} building for production...\n`);
  const html = readText(io.fs, `${root}/index.html`);
  if (html === undefined) {
    io.stderr(`error during build:\nCould not resolve entry module "index.html".\n`);
    return 1;
  }
  const sources = walk(io, `${root}/src`);
  const styles = sources.filter((s) => /\.(css|scss|sass|less)$/.test(s.path));
  const code = sources.filter((s) => /\.(jsx?|tsx?|vue|svelte|mjs)$/.test(s.path));
  const deps = dependencyNames(io, root);
  const jsBytes = bundleBytes(code, deps);
  const cssBytes = Math.round(styles.reduce((sum, s) => sum + s.size, 0) * 0.8);
  const modules = code.length + styles.length + 1 + deps.length * 3;
  io.stdout('transforming...\n');
  io.stdout(`✓ ${modules} modules transformed.\n`);
  io.stdout('rendering chunks...\ncomputing gzip size...\n');
  emptyDir(io, outDir);
  const hash = (seed: string) => base64Url(sha256Hex(seed)).slice(0, 8);
  const js = `assets/index-${hash(`js:${jsBytes}:${code.map((c) => c.path).join()}`)}.js`;
  const css = cssBytes > 0 ? `assets/index-${hash(`css:${cssBytes}`)}.css` : undefined;
  const page = html
    .replace(
      /<script type="module" src="[^"]*"><\/script>/,
      `<script type="module" crossorigin src="/${js}"></script>`,
    )
    .replace(
      '</head>',
      css ? `  <link rel="stylesheet" crossorigin href="/${css}">\n  </head>` : '</head>',
    );
  copyTree(io, `${root}/public`, outDir);
  writeText(io.fs, `${outDir}/index.html`, page);
  if (css) writeBlob(io.fs, `${outDir}/${css}`, `vite:${css}`, cssBytes);
  writeBlob(io.fs, `${outDir}/${js}`, `vite:${js}`, jsBytes);
  const rows = [
    { name: 'index.html', size: fileSize(io.fs, `${outDir}/index.html`) },
    ...(css ? [{ name: css, size: cssBytes }] : []),
    { name: js, size: jsBytes },
  ];
  const dir = outDir.slice(root === '/' ? 1 : root.length + 1);
  const longest = Math.max(...rows.map((r) => r.name.length)) + 2;
  const sizePad = Math.max(...rows.map((r) => kB(r.size).length));
  const gzipPad = Math.max(...rows.map((r) => kB(gzip(r.size)).length));
  for (const row of rows)
    io.stdout(
      `${dir}/${row.name.padEnd(longest)}${kB(row.size).padStart(sizePad)} │ gzip: ${kB(gzip(row.size)).padStart(gzipPad)}\n`,
    );
  const ms = 600 + modules * 8 + Math.round(jsBytes / 400);
  io.spend(ms);
  io.stdout(`✓ built in ${duration(ms)}\n`);
  io.note(
    "vite build is modelled: dist/ holds index.html and hashed assets of estimated sizes, not a real bundle of the app's code.",
  );
  return 0;
};

function configOutDir(io: ProgramIO, root: string): string {
  for (const name of ['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts']) {
    const text = readText(io.fs, `${root}/${name}`);
    const found = text && /outDir\s*:\s*['"`]([^'"`]+)['"`]/.exec(text);
    if (found?.[1]) return found[1];
  }
  return 'dist';
}

/** Vite's displaySize: kilobytes with two decimals and thousands separators. */
function kB(bytes: number): string {
  return `${(bytes / 1000).toLocaleString('en', { maximumFractionDigits: 2, minimumFractionDigits: 2 })} kB`;
}
