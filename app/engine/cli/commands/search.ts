/**
 * `docker search TERM`: Docker Hub's answer, as the simulated Hub knows it: the official
 * images of the catalog and the repositories people pushed to docker.io. Star counts of
 * official images are rounded figures of the real ones (2025), so the listing looks right.
 */
import { sha256Hex } from '../../fs/digest';
import type { DockerCommand } from '../command';
import { ellipsis } from '../format/command-column';
import { parseGoBool, parseGoInt } from '../args/flag-values';
import { daemonError, filterFlag, parseFilters } from './image-common';
import { printContextList } from './print-list';

const STARS: Record<string, number> = {
  alpine: 11_100,
  'buildpack-deps': 300,
  busybox: 3_500,
  debian: 5_200,
  golang: 5_100,
  httpd: 4_900,
  mongo: 10_500,
  mysql: 15_900,
  nginx: 20_800,
  node: 13_900,
  postgres: 14_300,
  python: 10_100,
  redis: 13_200,
  ubuntu: 17_500,
};

interface SearchResult {
  name: string;
  description: string;
  stars: number;
  official: boolean;
}

function starsOf(repository: string): number {
  return (
    STARS[repository] ?? 100 + (parseInt(sha256Hex(`stars:${repository}`).slice(0, 6), 16) % 900)
  );
}

export const searchCommand: DockerCommand = {
  path: ['search'],
  spec: {
    name: 'search',
    usage: 'docker search [OPTIONS] TERM',
    short: 'Search Docker Hub for images',
    minArgs: 1,
    maxArgs: 1,
    interspersed: true,
    flags: [
      filterFlag('Filter output based on conditions provided', 'f'),
      { long: 'format', type: 'string', help: 'Pretty-print search using a Go template' },
      { long: 'limit', type: 'int', help: 'Max number of search results' },
      { long: 'no-trunc', type: 'bool', help: "Don't truncate output" },
    ],
  },
  run(ctx, parsed) {
    const term = (parsed.args[0] ?? '').toLowerCase();
    const limit = parsed.flags.int('limit') || 25;
    if (limit < 1 || limit > 100)
      return daemonError(ctx, `limit ${limit} is outside the range of [1, 100]`);
    let minStars = 0;
    let official: boolean | undefined;
    for (const [key, value] of parseFilters(parsed.flags.strings('filter'))) {
      if (key === 'stars') {
        const n = parseGoInt(value);
        if (!n.ok) return daemonError(ctx, `invalid filter 'stars=${value}'`);
        minStars = n.value;
      } else if (key === 'is-official' || key === 'is-automated') {
        const b = parseGoBool(value);
        if (!b.ok) return daemonError(ctx, `invalid filter '${key}=${value}'`);
        if (key === 'is-official') official = b.value;
        else if (b.value) minStars = Number.POSITIVE_INFINITY;
      } else return daemonError(ctx, `invalid filter '${key}'`);
    }
    const found = new Map<string, SearchResult>();
    for (const image of ctx.rt.catalog.images()) {
      if (image.reserved || found.has(image.repository)) continue;
      found.set(image.repository, {
        name: image.repository,
        description: image.description ?? '',
        stars: starsOf(image.repository),
        official: true,
      });
    }
    for (const key of Object.keys(ctx.rt.world.registry.repos)) {
      if (!key.startsWith('docker.io/')) continue;
      const name = key.slice('docker.io/'.length);
      found.set(name, { name, description: '', stars: 0, official: false });
    }
    const results = [...found.values()]
      .filter((r) => r.name.includes(term) || r.description.toLowerCase().includes(term))
      .filter((r) => r.stars >= minStars && (official === undefined || r.official === official))
      .sort(
        (a, b) =>
          Number(b.name === term) - Number(a.name === term) ||
          Number(b.official) - Number(a.official) ||
          b.stars - a.stars ||
          (a.name < b.name ? -1 : 1),
      )
      .slice(0, limit);
    ctx.spend(500);
    const noTrunc = parsed.flags.bool('no-trunc');
    const rows = results.map((r) => {
      const description = r.description.replace(/[\r\n]/g, ' ');
      return {
        Description: noTrunc ? description : ellipsis(description, 45),
        IsAutomated: '',
        IsOfficial: r.official ? '[OK]' : '',
        Name: r.name,
        StarCount: String(r.stars),
      };
    });
    const format = parsed.flags.string('format');
    return printContextList(ctx, {
      format:
        !format || format === 'table'
          ? 'table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}'
          : format,
      context: '*formatter.searchContext',
      rows,
      header: {
        Name: 'NAME',
        Description: 'DESCRIPTION',
        StarCount: 'STARS',
        IsOfficial: 'OFFICIAL',
        IsAutomated: 'AUTOMATED',
      },
    });
  },
};
