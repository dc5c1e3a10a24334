import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { NODE_ENV, nodeFs } from '../testing/nodes';
import { nodeProgram } from './node';

const run = (argv: string[], fs = nodeFs()) =>
  runProgram(nodeProgram, argv, fs, { env: NODE_ENV, cwd: '/app' });

describe('node', () => {
  it('reports the version from the image', () => {
    expect(run(['node', '--version']).stdout).toBe('v24.11.1\n');
  });

  it('runs simple -e code and prints -p results', () => {
    expect(run(['node', '-e', "console.log('hello', 6 * 7)"]).stdout).toBe('hello 42\n');
    expect(run(['node', '-p', '1 + 2']).stdout).toBe('3\n');
  });

  it("writes -p code's console.error and console.warn on stderr, as Node does", () => {
    const result = run([
      'node',
      '-p',
      "console.log('a'); console.error('e'); console.warn('w'); 6 * 7",
    ]);
    expect(result.stdout).toBe('a\n42\n');
    expect(result.stderr).toBe('e\nw\n');
  });

  it('fails for a missing script as Node does', () => {
    const result = run(['node', 'server.js']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Error: Cannot find module '/app/server.js'\n");
    expect(result.stderr).toMatch(/\nNode\.js v24\.11\.1\n$/);
  });

  it('accepts a real server as started, with a note naming where the reading stopped', () => {
    const fs = nodeFs({
      '/app/server.js': "const express = require('express');\nexpress().listen(3000);\n",
    });
    const result = run(['node', 'server.js'], fs);
    expect(result.code).toBe(0);
    expect(result.notes[0]).toMatch(
      /^\/app\/server\.js is JavaScript.*stops at `express\(\)\.listen\(3000\)`/,
    );
  });
});
