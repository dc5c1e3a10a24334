import { describe, expect, it } from 'vitest';
import { goFloat, goNilMap, goNilSlice, goStruct } from '../go-value';
import { compileTemplate, executeTemplate, fn, renderTemplate } from './index';

const render = (source: string, data: unknown, options = {}) =>
  renderTemplate(source, data, options);
const text = (source: string, data: unknown, options = {}) => {
  const result = render(source, data, options);
  if (!result.ok) throw new Error(result.error);
  return result.text;
};

describe('maps (plain objects) as docker inspect raw data', () => {
  const inspect = {
    Config: { Labels: { b: '2', a: '1' }, Volumes: null, Env: ['A=1'] },
    Size: goFloat(4261550),
  };
  it('prints maps with sorted keys and float64 numbers in %v form', () => {
    expect(text('{{.Config.Labels}} {{.Size}} {{.Config.Env}}', inspect)).toBe(
      'map[a:1 b:2] 4.26155e+06 [A=1]',
    );
  });
  it('gives <no value> for a missing key and for a JSON null', () => {
    expect(text('{{.Config.Missing}}|{{.Config.Volumes}}', inspect)).toBe('<no value>|<no value>');
  });
  it('fails on a missing key with missingkey=error, as docker inspect retries do', () => {
    expect(render('{{.Config.Bogus}}', inspect, { missingKey: 'error' })).toMatchObject({
      ok: false,
      error: 'template: :1:9: executing "" at <.Config.Bogus>: map has no entry for key "Bogus"',
    });
  });
  it('fails when a field is read through a JSON null', () => {
    expect(render('{{.Config.Volumes.X}}', inspect)).toMatchObject({
      ok: false,
      error:
        'template: :1:9: executing "" at <.Config.Volumes.X>: nil pointer evaluating interface {}.X',
    });
  });
  it('indexes label maps, with "" for a missing label', () => {
    expect(text('{{index .Config.Labels "a"}}[{{index .Config.Labels "zz"}}]', inspect)).toBe(
      '1[]',
    );
  });
  it('ranges over maps in key order', () => {
    expect(text('{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}', inspect)).toBe(
      'a=1;b=2;',
    );
  });
});

describe('structs and methods', () => {
  const container = goStruct('*formatter.ContainerContext', {
    Names: 'web',
    State: null,
    Label: (name: unknown) => (name === 'app' ? 'shop' : ''),
  });
  it('prints a nil struct field as <nil>', () => {
    expect(text('{{.State}}', container)).toBe('<nil>');
  });
  it('calls a function property as a method with the arguments', () => {
    expect(text('{{.Label "app"}}|{{"app" | .Label}}', container)).toBe('shop|shop');
  });
  it('refuses arguments to a plain field', () => {
    expect(render('{{.Names "x"}}', container)).toMatchObject({
      ok: false,
      error:
        'template: :1:2: executing "" at <.Names>: Names has arguments but cannot be invoked as function',
    });
  });
});

describe('nil slices and maps', () => {
  // Observed: docker inspect -f '{{.HostConfig.Binds}}|{{json .HostConfig.Binds}}|…' printed
  // "[]|null|map[]|null|0|<nil>" for a nil slice, a nil map and a nil pointer.
  it('print as [] and map[] but encode as null', () => {
    const data = goStruct('types.ContainerJSON', {
      Binds: goNilSlice<string>(),
      Volumes: goNilMap(),
      Health: null,
    });
    const source =
      '{{.Binds}}|{{json .Binds}}|{{.Volumes}}|{{json .Volumes}}|{{len .Binds}}|{{.Health}}';
    expect(text(source, data)).toBe('[]|null|map[]|null|0|<nil>');
  });
});

describe('errors and positions', () => {
  it('reports columns in UTF-8 bytes and lines after newlines', () => {
    const data = goStruct('T', { A: 1 });
    expect(render('é{{.B}}', data)).toMatchObject({ error: expect.stringContaining(':1:4:') });
    expect(render('x\n  {{.B}}', data)).toMatchObject({ error: expect.stringContaining(':2:4:') });
  });
  it('reports the line of a parse error', () => {
    expect(compileTemplate('a\n{{end}}')).toEqual({
      ok: false,
      error: 'template: :2: unexpected {{end}}',
    });
    expect(compileTemplate('{{"a".B}}')).toEqual({
      ok: false,
      error: 'template: :1: unexpected . after term "\\"a\\""',
    });
    expect(compileTemplate('{{.A | 3}}')).toEqual({
      ok: false,
      error: 'template: :1: non executable command in pipeline stage 2',
    });
  });
  it('keeps what was written before an execution error', () => {
    expect(render('ab{{.X.Y}}', goStruct('T', { X: 'x' }))).toMatchObject({
      ok: false,
      partial: 'ab',
    });
  });
});

describe('header execution and custom functions', () => {
  it('uses pass-through functions for table headers', () => {
    const compiled = compileTemplate('{{upper .Names}} {{json .ID}} {{truncate .ID 3}}');
    if (!compiled.ok) throw new Error(compiled.error);
    const header = { Names: 'NAMES', ID: 'CONTAINER ID' };
    expect(executeTemplate(compiled.template, header, { header: true })).toEqual({
      ok: true,
      text: 'NAMES CONTAINER ID CONTAINER ID',
    });
  });
  it('accepts extra functions', () => {
    const funcs = { twice: fn(['string'], ([s]) => `${String(s)}${String(s)}`) };
    expect(text('{{twice "ab"}}', {}, { funcs })).toBe('abab');
  });
});
