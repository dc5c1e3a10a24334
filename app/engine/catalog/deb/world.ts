/** The Debian and Ubuntu archives, parsed from the generated data modules. */
import bookworm1 from '../data/debian/deb-bookworm-1';
import bookworm2 from '../data/debian/deb-bookworm-2';
import bookworm3 from '../data/debian/deb-bookworm-3';
import * as hand from '../data/debian/deb-hand';
import noble from '../data/debian/deb-noble';
import shapes1 from '../data/debian/deb-shapes-1';
import shapes2 from '../data/debian/deb-shapes-2';
import summaries1 from '../data/debian/deb-summaries-1';
import trixie1 from '../data/debian/deb-trixie-1';
import trixie2 from '../data/debian/deb-trixie-2';
import trixie3 from '../data/debian/deb-trixie-3';
import { DebArchive, releaseRewrite } from './archive';
import { parseDebLines, parseSummaries } from './records';
import { parseShapes } from './shapes';

export interface DebWorld {
  trixie: DebArchive;
  bookworm: DebArchive;
  noble: DebArchive;
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
  );
  return {
    trixie,
    bookworm: new DebArchive('bookworm', bookwormRecords, shapes, summaries),
    noble: new DebArchive(
      'noble',
      parseDebLines(noble),
      shapes,
      summaries,
      trixie,
      releaseRewrite('13', '3.12', '5.38'),
    ),
  };
}
