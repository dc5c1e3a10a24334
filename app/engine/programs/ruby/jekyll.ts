/**
 * `jekyll build` (usually `bundle exec jekyll build`): renders the site into _site/ as Jekyll
 * lays it out. Pages with front matter (.md, .markdown, .html) become .html at the same path
 * (index.md → index.html), posts in _posts/YYYY-MM-DD-title.md go to /YYYY/MM/DD/title.html,
 * files without front matter are copied as they are, and folders starting with _ or . (and
 * Gemfile, vendor/, node_modules/) stay out. The log is Jekyll's; Liquid and Markdown are not
 * really rendered (the pages get estimated sizes).
 */
import type { ProgramIO } from '../../shell/program';
import {
  exists,
  fileSize,
  isDir,
  listDir,
  readText,
  removeTree,
  writeBlob,
  writeText,
} from '../common/fs-helpers';

const EXCLUDED = /^(_|\.|Gemfile|vendor$|node_modules$)/;
const PAGE = /\.(md|markdown|html)$/;

export function jekyll(io: ProgramIO, args: string[]): number {
  const command = args[0];
  if (command === '--version' || command === '-v') {
    io.stdout('jekyll 4.4.1\n');
    return 0;
  }
  if (command !== 'build' && command !== 'b') {
    io.note(`jekyll ${command ?? ''} is not modelled (serve starts a server); only build is.`);
    return 0;
  }
  const source = io.cwd === '/' ? '' : io.cwd;
  const dest = `${source}/_site`;
  const config = `${source}/_config.yml`;
  // Jekyll's logger right-aligns "topic " in 20 columns.
  const line = (topic: string, message: string) => `${`${topic} `.padStart(20)}${message}\n`;
  io.stdout(
    line('Configuration file:', exists(io.fs, config) ? config : 'none') +
      line('Source:', source || '/') +
      line('Destination:', dest) +
      line('Incremental build:', 'disabled. Enable with --incremental') +
      line('Generating...', ''),
  );
  removeTree(io.fs, dest);
  let count = 0;
  const visit = (dir: string, rel: string) => {
    for (const name of listDir(io.fs, dir)) {
      const path = `${dir}/${name}`;
      const relPath = rel ? `${rel}/${name}` : name;
      if (rel === '' && EXCLUDED.test(name)) continue;
      if (rel !== '' && /^[_.]/.test(name)) continue;
      if (isDir(io.fs, path)) {
        visit(path, relPath);
        continue;
      }
      count++;
      const text = readText(io.fs, path);
      if (text !== undefined && PAGE.test(name) && text.startsWith('---')) {
        const out = relPath.replace(/\.(md|markdown)$/, '.html');
        writeBlob(io.fs, `${dest}/${out}`, `jekyll:${relPath}`, 1_800 + text.length * 2);
      } else if (text !== undefined) writeText(io.fs, `${dest}/${relPath}`, text);
      else
        writeBlob(io.fs, `${dest}/${relPath}`, `jekyll-static:${relPath}`, fileSize(io.fs, path));
    }
  };
  visit(source || '/', '');
  for (const post of listDir(io.fs, `${source}/_posts`)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.(md|markdown|html)$/.exec(post);
    if (!m) continue;
    count++;
    const text = readText(io.fs, `${source}/_posts/${post}`) ?? '';
    writeBlob(
      io.fs,
      `${dest}/${m[1]}/${m[2]}/${m[3]}/${m[4]}.html`,
      `jekyll:post:${post}`,
      2_000 + text.length * 2,
    );
  }
  const ms = 150 + count * 25;
  io.spend(ms);
  io.stdout(
    line('', `done in ${(ms / 1000).toFixed(3)} seconds.`) +
      line('Auto-regeneration:', 'disabled. Use --watch to enable.'),
  );
  io.note(
    'jekyll build is modelled: pages land where Jekyll puts them, but Liquid and Markdown are not rendered.',
  );
  return 0;
}
