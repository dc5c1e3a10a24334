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
import {
  applyProvides,
  parseDebLines,
  parseSummaries,
  parseUbuntuLines,
  type DebRecord,
  type DebTables,
} from './records';
import { parseShapes, type DebShape } from './shapes';

export type DebWorld = Record<Exclude<Distro, 'alpine'>, DebArchive>;

/**
 * Each Ubuntu release's package lines: what Dockerfiles install (data/tools/ubuntu.py), then
 * what it borrows as it is from the Debian release it is modelled on (`sibling`), mostly as
 * references to that release's records.
 */
const UBUNTU = {
  noble: { lines: [nobleApps, nobleBorrowed1, nobleBorrowed2, nobleBorrowed3], sibling: 'trixie' },
  jammy: { lines: [jammyApps, jammyBorrowed1, jammyBorrowed2], sibling: 'bookworm' },
  focal: { lines: [focalApps, focalBorrowed1, focalBorrowed2], sibling: 'bullseye' },
} as const;

type UbuntuRelease = keyof typeof UBUNTU;

function ubuntuRecords(distro: UbuntuRelease, tables: DebTables) {
  const { lines, sibling } = UBUNTU[distro];
  return parseUbuntuLines(lines.join('\n'), tables, sibling);
}

/**
 * An Ubuntu release: its base image's packages on top (what `ownNames()` lists), then its
 * installables (`UBUNTU`), then the Debian release it is modelled on for anything else (an
 * approximation: those packages keep Debian's versions).
 */
function ubuntu(
  distro: UbuntuRelease,
  base: string,
  tables: DebTables,
  debian: DebArchive,
  shapes: ReadonlyMap<string, DebShape>,
  summaries: ReadonlyMap<string, string>,
  rewrite: (text: string) => string,
  pep668: boolean,
): DebArchive {
  const baseRecords = parseDebLines(base);
  const installables = new DebArchive(
    distro,
    ubuntuRecords(distro, tables).records,
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

/** The Debian releases' records, by release name. */
function debianTables(): Record<
  'trixie' | 'bookworm' | 'bullseye',
  ReadonlyMap<string, DebRecord>
> {
  const trixie = parseDebLines([trixie1, trixie2, trixie3, hand.trixie].join('\n'));
  applyProvides(trixie, hand.trixieProvides);
  const bookworm = parseDebLines(
    [bookworm1, bookworm2, bookworm3, hand.bookworm].join('\n'),
    trixie,
  );
  const bullseye = parseDebLines([bullseye1, bullseye2, bullseye3].join('\n'));
  return { trixie, bookworm, bullseye };
}

/** Borrowed references no Debian table holds, as "release: line" (the data should have none). */
export function unresolvedUbuntuReferences(): string[] {
  const tables = debianTables();
  return (Object.keys(UBUNTU) as UbuntuRelease[]).flatMap((distro) =>
    ubuntuRecords(distro, tables).unresolved.map((line) => `${distro}: ${line}`),
  );
}

export function loadDebWorld(): DebWorld {
  const shapes = parseShapes([shapes1, shapes2, hand.shapes].join('\n'));
  const summaries = parseSummaries(summaries1);
  const tables = debianTables();
  const trixie = new DebArchive(
    'trixie',
    tables.trixie,
    shapes,
    summaries,
    undefined,
    releaseRewrite('14', '3.13', '5.40'),
    { pep668: true },
  );
  const bookworm = new DebArchive(
    'bookworm',
    tables.bookworm,
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
    tables.bullseye,
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
      tables,
      trixie,
      shapes,
      summaries,
      releaseRewrite('13', '3.12', '5.38'),
      true,
    ),
    jammy: ubuntu(
      'jammy',
      jammyBase,
      tables,
      bookworm,
      shapes,
      summaries,
      releaseRewrite('11', '3.10', '5.34'),
      false,
    ),
    focal: ubuntu(
      'focal',
      focalBase,
      tables,
      bullseye,
      shapes,
      summaries,
      releaseRewrite('9', '3.8', '5.30'),
      false,
    ),
  };
}
