import { describe, expect, it } from 'vitest';
import { DOCKER_TABLE, DOCKER_VERSION, tabwrite } from './tabwriter';

// Expected outputs below were printed by the docker 28.2.2 client against a real daemon.
describe('tabwrite with docker table settings', () => {
  it('pads an empty ps table header to at least 10 columns per cell', () => {
    const header = 'CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES\n';
    expect(tabwrite(header)).toBe(
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
    );
  });
  it('aligns rows to the widest cell plus three spaces', () => {
    const text =
      'REPOSITORY\tTAG\tIMAGE ID\tCREATED\tSIZE\n' +
      't1\tlatest\t8d058f6d9564\tAbout a minute ago\t1.98MB\n' +
      'busybox\tlatest\t56c02f2534bb\tAbout a minute ago\t1.98MB\n';
    expect(tabwrite(text)).toBe(
      'REPOSITORY   TAG       IMAGE ID       CREATED              SIZE\n' +
        't1           latest    8d058f6d9564   About a minute ago   1.98MB\n' +
        'busybox      latest    56c02f2534bb   About a minute ago   1.98MB\n',
    );
  });
  it('pads short headers such as volume ls and network ls', () => {
    expect(tabwrite('DRIVER\tVOLUME NAME\n')).toBe('DRIVER    VOLUME NAME\n');
    expect(tabwrite('NETWORK ID\tNAME\tDRIVER\tSCOPE\nca5c9a770983\thost\thost\tlocal\n')).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\nca5c9a770983   host      host      local\n',
    );
  });
  it('leaves trailing spaces when the last column is empty', () => {
    expect(tabwrite('NAMES\tPORTS\nlc_t4\t\n')).toBe('NAMES     PORTS\nlc_t4     \n');
  });
  it('pads a trailing tab-terminated cell', () => {
    expect(tabwrite('CONTAINER ID\tNAMES\t\n640f7afa88f2\tlc_t4\t\n')).toBe(
      'CONTAINER ID   NAMES     \n640f7afa88f2   lc_t4     \n',
    );
  });
  it('ends a column block at a line with a single cell', () => {
    const text = 'NAMES\nCONTAINER ID\tIMAGE\nlc_t4\n640f7afa88f2\tbusybox\n';
    expect(tabwrite(text)).toBe('NAMES\nCONTAINER ID   IMAGE\nlc_t4\n640f7afa88f2   busybox\n');
  });
  it('sizes later columns per block of lines that share them', () => {
    const text = 'a\tb\tc\nlonger-cell\tb\naa\tbb\tcc\n';
    expect(tabwrite(text)).toBe(
      'a             b         c\nlonger-cell   b\naa            bb        cc\n',
    );
  });
  it('measures wide characters as two columns', () => {
    const text = 'COMMAND\tNAMES\n"日本"\tx\n"abcdefghij"\ty\n';
    expect(tabwrite(text)).toBe('COMMAND        NAMES\n"日本"         x\n"abcdefghij"   y\n');
  });
  it('keeps text after the last newline without adding one', () => {
    expect(tabwrite('a\tb')).toBe('a         b');
  });
});

describe('tabwrite with the docker version layout', () => {
  it('pads keys to 20 columns with one space of padding', () => {
    const text = 'Client:\n Version:\t28.2.2\n API version:\t1.41 (downgraded from 1.50)\n';
    expect(tabwrite(text, DOCKER_VERSION)).toBe(
      'Client:\n Version:           28.2.2\n API version:       1.41 (downgraded from 1.50)\n',
    );
  });
});

describe('tabwrite options', () => {
  it('aligns right, discards empty columns and draws debug bars', () => {
    const opts = { ...DOCKER_TABLE, minWidth: 0, padding: 1 };
    expect(tabwrite('a\tbbb\tc\n', { ...opts, alignRight: true })).toBe(' a bbbc\n');
    expect(tabwrite('a\t\tc\n', { ...opts, discardEmptyColumns: true })).toBe('a c\n');
    expect(tabwrite('a\tb\tc\n', { ...opts, debug: true })).toBe('a |b |c\n');
  });
  it('pads with tabs rounded to the tab width', () => {
    const opts = { minWidth: 0, tabWidth: 8, padding: 1, padChar: '\t' };
    expect(tabwrite('ab\tc\nabcdefghi\td\n', opts)).toBe('ab\t\tc\nabcdefghi\td\n');
  });
});
