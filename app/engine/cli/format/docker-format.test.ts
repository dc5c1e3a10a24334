import { describe, expect, it } from 'vitest';
import { prepareFormat, renderDockerList } from './docker-format';
import { goStruct } from './go-value';

const PS_TABLE =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const PS_HEADER = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  RunningFor: 'CREATED',
  Status: 'STATUS',
  Ports: 'PORTS',
  Names: 'NAMES',
  Labels: 'LABELS',
};
const row = (fields: Record<string, unknown>) =>
  goStruct('*formatter.ContainerContext', {
    ID: '28457ab29eca',
    Image: 'busybox',
    Command: '"sh"',
    RunningFor: '3 minutes ago',
    Status: 'Created',
    Ports: '',
    Names: 'lc_t5',
    Labels: 'a=<&> é,b=',
    Label: (name: unknown) => (name === 'a' ? '<&> é' : ''),
    ...fields,
  });

describe('prepareFormat', () => {
  it('strips the table prefix and surrounding spaces', () => {
    expect(prepareFormat('table   {{.Names}}  ')).toMatchObject({
      kind: 'table',
      template: '{{.Names}}',
    });
    // docker only checks the prefix: "tablex" is a table with an "x " column prefix.
    expect(prepareFormat('tablex {{.Names}}')).toMatchObject({
      kind: 'table',
      template: 'x {{.Names}}',
    });
  });
  it('turns \\t and \\n into tab and newline, even a backslash before them', () => {
    expect(prepareFormat('{{.A}}\\t{{.B}}\\n').template).toBe('{{.A}}\t{{.B}}\n');
    expect(prepareFormat('{{.A}}\\\\t{{.B}}').template).toBe('{{.A}}\\\t{{.B}}');
  });
  it('recognises json only as the whole format', () => {
    expect(prepareFormat('json').kind).toBe('json');
    expect(prepareFormat('json ').kind).toBe('template');
  });
});

// Expected texts were printed by the docker 28.2.2 client.
describe('renderDockerList', () => {
  it('prints only the header for an empty table', () => {
    expect(renderDockerList({ format: PS_TABLE, rows: [], header: PS_HEADER })).toEqual({
      ok: true,
      text: 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
    });
  });
  it('aligns rows under the header', () => {
    const result = renderDockerList({ format: PS_TABLE, rows: [row({})], header: PS_HEADER });
    expect(result).toEqual({
      ok: true,
      text:
        'CONTAINER ID   IMAGE     COMMAND   CREATED         STATUS    PORTS     NAMES\n' +
        '28457ab29eca   busybox   "sh"      3 minutes ago   Created             lc_t5\n',
    });
  });
  it('renders headers with pass-through functions and methods', () => {
    const format =
      'table {{.ID | printf "%s!"}}\t{{upper .Names}}\t{{json .Image}}\t{{pad .Names 1 1}}|\t{{truncate .ID 3}}';
    const result = renderDockerList({ format, rows: [row({})], header: PS_HEADER });
    expect(result).toEqual({
      ok: true,
      text:
        'CONTAINER ID!   NAMES     IMAGE        NAMES |   CONTAINER ID\n' +
        '28457ab29eca!   LC_T5     "busybox"    lc_t5 |   284\n',
    });
  });
  it('shows <no value> in the header for a field the header lacks', () => {
    const result = renderDockerList({
      format: 'table {{.Name}}\t{{.Foo}}',
      rows: [],
      header: { Name: 'VOLUME NAME' },
    });
    expect(result).toEqual({ ok: true, text: 'VOLUME NAME   <no value>\n' });
  });
  it('prints plain templates without alignment, with real tabs', () => {
    const result = renderDockerList({
      format: '{{.Names}}\\t{{.ID}}',
      rows: [row({}), row({ Names: 'b' })],
    });
    expect(result).toEqual({ ok: true, text: 'lc_t5\t28457ab29eca\nb\t28457ab29eca\n' });
  });
  it('marshals json rows with sorted keys and HTML escaping', () => {
    const result = renderDockerList({
      format: 'json',
      rows: [{ Names: 'lc_t5', Labels: 'a=<&> é,b=', ID: 'x' }],
    });
    expect(result).toEqual({
      ok: true,
      text: '{"ID":"x","Labels":"a=\\u003c\\u0026\\u003e é,b=","Names":"lc_t5"}\n',
    });
  });
  it('reports errors with the prefix and columns most list commands use', () => {
    expect(renderDockerList({ format: '{{.Names', rows: [] })).toEqual({
      ok: false,
      error: 'template parsing error: template: :1: unclosed action',
    });
    const volume = goStruct('*formatter.volumeContext', { Name: 'lcv' });
    expect(renderDockerList({ format: 'table {{.Name}}\\t{{.Foo}}', rows: [volume] })).toEqual({
      ok: false,
      error:
        'template parsing error: template: :1:12: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.volumeContext',
    });
  });
  it('reports ps errors with its own prefixes and columns in the format as typed', () => {
    const ps = (format: string) =>
      renderDockerList({ format, rows: [row({})], header: PS_HEADER, errorStyle: 'container' });
    expect(ps('{{.Names')).toEqual({
      ok: false,
      error: 'failed to parse template: template: :1: unclosed action',
    });
    const at = (column: string) =>
      `failed to execute template: template: :1:${column}: executing "" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext`;
    expect(ps('{{.ID}}\\t{{.Foo}}')).toEqual({ ok: false, error: at('11') });
    expect(ps('table    {{.Foo}}')).toEqual({ ok: false, error: at('11') });
    expect(ps('   {{.Foo}}')).toEqual({ ok: false, error: at('5') });
    expect(ps('table {{.ID}}\\n{{.Foo}}')).toEqual({ ok: false, error: at('17') });
  });
  it('prints nothing when a row fails', () => {
    const result = renderDockerList({
      format: 'table {{.ID}}\\t{{.Foo}}',
      rows: [row({}), row({})],
      header: PS_HEADER,
      errorStyle: 'container',
    });
    expect(result).toEqual({
      ok: false,
      error:
        'failed to execute template: template: :1:17: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext',
    });
  });
});
