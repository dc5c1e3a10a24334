import { describe, expect, it } from 'vitest';
import { complete, type CompletionContext } from './completion';

const ctx: CompletionContext = {
  commands: ['cat', 'cd', 'docker', 'echo', 'ls'],
  containers: ['web', 'worker', 'db'],
  images: ['app', 'app:latest', 'python:3.14-slim'],
  listDir(path) {
    if (path === '.')
      return [
        { name: 'Dockerfile', dir: false },
        { name: 'main.py', dir: false },
        { name: 'src', dir: true },
        { name: '.dockerignore', dir: false },
      ];
    if (path === 'src/') return [{ name: 'app.py', dir: false }];
    return null;
  },
};

const tab = (line: string) => complete(line, line.length, ctx);

describe('tab completion', () => {
  it('completes a unique command name with a space', () => {
    expect(tab('doc')).toEqual({ line: 'docker ', cursor: 7, options: [] });
  });

  it('lists several commands and completes their common prefix', () => {
    expect(tab('c')).toEqual({ line: 'c', cursor: 1, options: ['cat', 'cd'] });
  });

  it("completes docker's subcommands and its groups' subcommands", () => {
    expect(tab('docker bu')?.line).toBe('docker build');
    expect(tab('docker bui')?.options).toEqual(['build', 'builder']);
    expect(tab('docker image hi')?.line).toBe('docker image history ');
  });

  it('completes container names where a container is expected', () => {
    expect(tab('docker stop w')?.options).toEqual(['web', 'worker']);
    expect(tab('docker rm web d')?.line).toBe('docker rm web db ');
    expect(tab('docker exec -it we')?.line).toBe('docker exec -it web ');
  });

  it('completes image names after docker run, skipping option values', () => {
    expect(tab('docker run -d --name web ap')?.options).toEqual(['app', 'app:latest']);
    expect(tab('docker run --name=x py')?.line).toBe('docker run --name=x python:3.14-slim ');
  });

  it('completes paths, a folder with a slash, hidden files only when asked', () => {
    expect(tab('cat ma')?.line).toBe('cat main.py ');
    expect(tab('cd s')?.line).toBe('cd src/');
    expect(tab('cat src/a')?.line).toBe('cat src/app.py ');
    expect(tab('cat .d')?.line).toBe('cat .dockerignore ');
    expect(tab('docker build -t app D')?.line).toBe('docker build -t app Dockerfile ');
  });

  it('completes after an operator as at the start of a line', () => {
    expect(tab('cd src && doc')?.line).toBe('cd src && docker ');
  });

  it('keeps the text after the cursor', () => {
    expect(complete('doc ps', 3, ctx)).toEqual({ line: 'docker  ps', cursor: 7, options: [] });
  });

  it('offers nothing for an option or an unknown prefix', () => {
    expect(tab('docker run --na')).toBeNull();
    expect(tab('zz')).toBeNull();
  });
});
