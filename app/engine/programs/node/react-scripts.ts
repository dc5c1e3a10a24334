/**
 * react-scripts (Create React App): `react-scripts build` bundles src/ into build/: public/'s
 * files copied (index.html with the bundle's tags), asset-manifest.json and hashed
 * static/js/main.<hash>.js (and static/css/main.<hash>.css when src/ has styles), with CRA's
 * report as a build log shows it. Sizes are estimated; the code is not really bundled.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { exists, readText, writeBlob, writeText } from '../common/fs-helpers';
import {
  bundleBytes,
  copyTree,
  dependencyNames,
  emptyDir,
  gzipBytes,
  hexHash,
  walk,
} from './build-output';
import { installedVersion } from './installed-tool';

export const reactScriptsProgram: Program = (argv, io) => {
  const command = argv[1];
  if (command === '--version' || command === '-v') {
    io.stdout(`${installedVersion(io.fs, io.cwd, 'react-scripts') ?? '5.0.1'}\n`);
    return 0;
  }
  if (command !== 'build') {
    io.note(
      `react-scripts ${command ?? ''} is not modelled (it starts a dev server or runs tests); only \`react-scripts build\` is.`,
    );
    return 0;
  }
  return build(io);
};

function build(io: ProgramIO): number {
  const root = io.cwd === '/' ? '' : io.cwd;
  const entry = ['index.js', 'index.jsx', 'index.ts', 'index.tsx'].find((n) =>
    exists(io.fs, `${root}/src/${n}`),
  );
  const missing = !exists(io.fs, `${root}/public/index.html`)
    ? { name: 'index.html', dir: `${root}/public` }
    : !entry
      ? { name: 'index.js', dir: `${root}/src` }
      : undefined;
  if (missing) {
    io.stdout(
      `Could not find a required file.\n  Name: ${missing.name}\n  Searched in: ${missing.dir}\n`,
    );
    return 1;
  }
  io.stdout('Creating an optimized production build...\n');
  const sources = walk(io, `${root}/src`);
  const code = sources.filter((s) => /\.(jsx?|tsx?)$/.test(s.path));
  const styles = sources.filter((s) => /\.(css|scss|sass)$/.test(s.path));
  const jsBytes = bundleBytes(code, dependencyNames(io, io.cwd));
  const cssBytes = Math.round(styles.reduce((sum, s) => sum + s.size, 0) * 0.8);
  const out = `${root}/build`;
  emptyDir(io, out);
  copyTree(io, `${root}/public`, out);
  const js = `static/js/main.${hexHash(`cra:js:${jsBytes}`)}.js`;
  const css = cssBytes > 0 ? `static/css/main.${hexHash(`cra:css:${cssBytes}`)}.css` : undefined;
  writeBlob(io.fs, `${out}/${js}`, `cra:${js}`, jsBytes);
  writeText(io.fs, `${out}/${js}.LICENSE.txt`, '/** @license React react.production.min.js */\n');
  writeBlob(io.fs, `${out}/${js}.map`, `cra:${js}.map`, jsBytes * 4);
  if (css) writeBlob(io.fs, `${out}/${css}`, `cra:${css}`, cssBytes);
  const html = (readText(io.fs, `${root}/public/index.html`) ?? '')
    .replace(/%PUBLIC_URL%/g, '')
    .replace(
      '</head>',
      `<script defer="defer" src="/${js}"></script>${css ? `<link href="/${css}" rel="stylesheet">` : ''}</head>`,
    );
  writeText(io.fs, `${out}/index.html`, html);
  const files = { 'main.js': `/${js}`, ...(css ? { 'main.css': `/${css}` } : {}) };
  writeText(
    io.fs,
    `${out}/asset-manifest.json`,
    `${JSON.stringify({ files: { ...files, 'index.html': '/index.html' }, entrypoints: [js, ...(css ? [css] : [])] }, null, 2)}\n`,
  );
  io.spend(4_000 + code.length * 200);
  const rows = [
    { label: kB(gzipBytes(jsBytes)), path: `build/${js}` },
    ...(css ? [{ label: kB(gzipBytes(cssBytes)), path: `build/${css}` }] : []),
  ];
  const width = Math.max(...rows.map((r) => r.label.length));
  io.stdout('Compiled successfully.\n\nFile sizes after gzip:\n\n');
  for (const row of rows) io.stdout(`  ${row.label.padEnd(width)}  ${row.path}\n`);
  const serve = exists(io.fs, `${root}/yarn.lock`)
    ? '  yarn global add serve\n  serve -s build\n'
    : '  npm install -g serve\n  serve -s build\n';
  io.stdout(
    '\nThe project was built assuming it is hosted at /.\n' +
      'You can control this with the homepage field in your package.json.\n\n' +
      'The build folder is ready to be deployed.\nYou may serve it with a static server:\n\n' +
      `${serve}\nFind out more about deployment here:\n\n  https://cra.link/deployment\n\n`,
  );
  io.note(
    "react-scripts build is modelled: build/ holds public/'s files and hashed bundles of estimated sizes, not the app's real code.",
  );
  return 0;
}

/** The filesize package's labels: `46.51 kB`, `513 B`. */
function kB(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(2)} kB`;
}
