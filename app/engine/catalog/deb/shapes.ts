/**
 * What a Debian package puts on disk, compactly: command names, shared-library file names,
 * a few notable paths, and how its installed size divides between the program itself,
 * /usr/share/doc, man pages and translations. Real shapes come from real file lists
 * (data/debian/deb-shapes-N.ts: "name|doc%/man%/nls%|bin|sbin|lib|links|files"); packages
 * without one get a shape guessed from their name (`guessShape`).
 */
export interface DebShape {
  /** Percent of the installed size in /usr/share/doc, /usr/share/man and /usr/share/locale. */
  doc: number;
  man: number;
  nls: number;
  /** Commands in /usr/bin ("rbash>bash" is a symlink). */
  bin: string[];
  sbin: string[];
  /** Shared objects in /usr/lib/x86_64-linux-gnu, by real file name ("libcurl.so.4.8.0"). */
  lib: string[];
  /** Symlinks: [path without leading slash, target]. */
  links: [string, string][];
  /** Other notable files, paths without the leading slash. */
  files: string[];
}

const words = (text: string | undefined): string[] => (text ? text.split(' ').filter(Boolean) : []);

export function parseShapes(text: string): Map<string, DebShape> {
  const shapes = new Map<string, DebShape>();
  for (const line of text.split('\n')) {
    const [name, frac, bin, sbin, lib, links, files] = line.split('|');
    if (!name || !frac) continue;
    const [doc, man, nls] = frac.split('/').map(Number);
    shapes.set(name, {
      doc: doc ?? 0,
      man: man ?? 0,
      nls: nls ?? 0,
      bin: words(bin),
      sbin: words(sbin),
      lib: words(lib),
      links: words(links).map((pair) => {
        const [path, target] = pair.split('>');
        return [path ?? '', target ?? ''];
      }),
      files: words(files),
    });
  }
  return shapes;
}

const MULTIARCH = 'usr/lib/x86_64-linux-gnu';

function empty(doc = 6): DebShape {
  return { doc, man: 0, nls: 0, bin: [], sbin: [], lib: [], links: [], files: [] };
}

/** A plausible shape from the package name alone (libfoo3 → libfoo.so.3.0.0, ...). */
export function guessShape(name: string, section: string): DebShape {
  const shape = empty();
  const dev = /^lib(.+?)(?:[-.]?\d[\w.]*)?-dev$/.exec(name);
  if (dev) {
    const stem = (dev[1] ?? name).replace(/[-.]$/, '');
    shape.files.push(`usr/include/${stem}/${stem}.h`, `usr/include/${stem}/${stem}-version.h`);
    shape.files.push(`${MULTIARCH}/lib${stem}.a`, `${MULTIARCH}/pkgconfig/${stem}.pc`);
    shape.links.push([`${MULTIARCH}/lib${stem}.so`, `lib${stem}.so.0`]);
    return shape;
  }
  const perl = /^lib(.+)-perl$/.exec(name);
  if (perl) {
    const mod = (perl[1] ?? '').split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1));
    shape.files.push(`usr/share/perl5/${mod.join('/')}.pm`);
    shape.man = 10;
    return shape;
  }
  if (/-(common|data|doc|l10n)$/.test(name) || section === 'fonts' || name.startsWith('fonts-')) {
    const base = name.replace(/-(common|data|doc|l10n)$/, '');
    const dir = name.startsWith('fonts-')
      ? `usr/share/fonts/truetype/${base.slice(6)}`
      : `usr/share/${base}`;
    shape.files.push(`${dir}/${base}.dat`, `${dir}/index`, `${dir}/${base}-extra.dat`);
    return shape;
  }
  const lib = /^lib(.+?)(\d+(?:\.\d+)*)?(?:t64)?(?:-(\d+))?$/.exec(name);
  if (lib && section.startsWith('lib')) {
    const stem = (lib[1] ?? name).replace(/[-.]$/, '');
    const major = lib[3] ?? lib[2] ?? '0';
    shape.lib.push(`lib${stem}.so.${major}${major.includes('.') ? '' : '.0.0'}`);
    return shape;
  }
  const py = /^python3-(.+)$/.exec(name);
  if (py) {
    const mod = (py[1] ?? '').replace(/-/g, '_');
    const dir = `usr/lib/python3/dist-packages/${mod}`;
    shape.files.push(`${dir}/__init__.py`, `${dir}/core.py`, `${dir}/util.py`);
    return shape;
  }
  const node = /^node-(.+)$/.exec(name);
  if (node) {
    const dir = `usr/share/nodejs/${node[1] ?? ''}`;
    shape.files.push(
      `${dir}/package.json`,
      `${dir}/index.js`,
      `${dir}/lib/${node[1] ?? 'main'}.js`,
    );
    return shape;
  }
  shape.bin.push(name);
  shape.man = 3;
  shape.files.push(`usr/share/${name}/${name}.conf`);
  return shape;
}
