/** The Debian and Ubuntu archives, parsed from the generated data modules. */
import bookworm1 from '../data/debian/deb-bookworm-1';
import bookworm2 from '../data/debian/deb-bookworm-2';
import bookworm3 from '../data/debian/deb-bookworm-3';
import bullseye1 from '../data/debian/deb-bullseye-1';
import bullseye2 from '../data/debian/deb-bullseye-2';
import bullseye3 from '../data/debian/deb-bullseye-3';
import focalApps from '../data/debian/deb-focal-apps-1';
import focalBase from '../data/debian/deb-focal-base-1';
import focalBorrowed1 from '../data/debian/deb-focal-borrowed-1';
import focalBorrowed2 from '../data/debian/deb-focal-borrowed-2';
import * as hand from '../data/debian/deb-hand';
import jammyApps from '../data/debian/deb-jammy-apps-1';
import jammyBase from '../data/debian/deb-jammy-base-1';
import jammyBorrowed1 from '../data/debian/deb-jammy-borrowed-1';
import jammyBorrowed2 from '../data/debian/deb-jammy-borrowed-2';
import noble from '../data/debian/deb-noble';
import nobleApps from '../data/debian/deb-noble-apps-1';
import nobleBorrowed1 from '../data/debian/deb-noble-borrowed-1';
import nobleBorrowed2 from '../data/debian/deb-noble-borrowed-2';
import nobleBorrowed3 from '../data/debian/deb-noble-borrowed-3';
import shapes1 from '../data/debian/deb-shapes-1';
import shapes2 from '../data/debian/deb-shapes-2';
import summaries1 from '../data/debian/deb-summaries-1';
import trixie1 from '../data/debian/deb-trixie-1';
import trixie2 from '../data/debian/deb-trixie-2';
import trixie3 from '../data/debian/deb-trixie-3';
import type { Distro } from '../types';
import { DebArchive, releaseRewrite } from './archive';
import { parseDebLines, parseSummaries } from './records';
import { parseShapes, type DebShape } from './shapes';

export type DebWorld = Record<Exclude<Distro, 'alpine'>, DebArchive>;

/**
 * An Ubuntu release: its base image's packages on top (what `ownNames()` lists), then what
 * Dockerfiles install (data/tools/ubuntu.py), then the Debian release it is modelled on for
 * anything else (an approximation: those packages keep Debian's versions).
 */
function ubuntu(
  distro: 'noble' | 'jammy' | 'focal',
  base: string,
  apps: string[],
  debian: DebArchive,
  shapes: ReadonlyMap<string, DebShape>,
  summaries: ReadonlyMap<string, string>,
  rewrite: (text: string) => string,
  pep668: boolean,
): DebArchive {
  const baseRecords = parseDebLines(base);
  const installables = new DebArchive(
    distro,
    parseDebLines(apps.join('\n')),
    shapes,
    summaries,
    debian,
    rewrite,
    { pep668 },
  );
  return new DebArchive(distro, baseRecords, shapes, summaries, installables, rewrite, {
    base: [...baseRecords.keys()],
    pep668,
  });
}

export function loadDebWorld(): DebWorld {
  const shapes = parseShapes([shapes1, shapes2, hand.shapes].join('\n'));
  const summaries = parseSummaries(summaries1);
  const trixieRecords = parseDebLines([trixie1, trixie2, trixie3, hand.trixie].join('\n'));
  const bookwormRecords = parseDebLines(
    [bookworm1, bookworm2, bookworm3, hand.bookworm].join('\n'),
    trixieRecords,
  );
  const trixie = new DebArchive(
    'trixie',
    trixieRecords,
    shapes,
    summaries,
    undefined,
    releaseRewrite('14', '3.13', '5.40'),
    { pep668: true },
  );
  const bookworm = new DebArchive(
    'bookworm',
    bookwormRecords,
    shapes,
    summaries,
    undefined,
    undefined,
    {
      pep668: true,
    },
  );
  const bullseye = new DebArchive(
    'bullseye',
    parseDebLines([bullseye1, bullseye2, bullseye3].join('\n')),
    shapes,
    summaries,
    undefined,
    releaseRewrite('10', '3.9', '5.32'),
    { unmergedUsr: true },
  );
  return {
    trixie,
    bookworm,
    bullseye,
    noble: ubuntu(
      'noble',
      noble,
      [nobleApps, nobleBorrowed1, nobleBorrowed2, nobleBorrowed3],
      trixie,
      shapes,
      summaries,
      releaseRewrite('13', '3.12', '5.38'),
      true,
    ),
    jammy: ubuntu(
      'jammy',
      jammyBase,
      [jammyApps, jammyBorrowed1, jammyBorrowed2],
      bookworm,
      shapes,
      summaries,
      releaseRewrite('11', '3.10', '5.34'),
      false,
    ),
    focal: ubuntu(
      'focal',
      focalBase,
      [focalApps, focalBorrowed1, focalBorrowed2],
      bullseye,
      shapes,
      summaries,
      releaseRewrite('9', '3.8', '5.30'),
      false,
    ),
  };
}
