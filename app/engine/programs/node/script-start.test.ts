import { describe, expect, it } from 'vitest';
import { runProgram } from '../testing/fake-io';
import { NODE_ENV, nodeFs } from '../testing/nodes';
import { nodeProgram } from './node';
import { leftOutNote, nodeScriptOutput, nodeServerStartup } from './script-start';

const runScript = (source: string, env: Record<string, string> = {}) =>
  runProgram(nodeProgram, ['node', 'index.js'], nodeFs({ '/app/index.js': source }), {
    env: { ...NODE_ENV, ...env },
    cwd: '/app',
  });

describe("a Node.js script's straight-line start", () => {
  it('writes console.error and console.warn on stderr, log, info and debug on stdout, in order', () => {
    const source = [
      "'use strict';",
      "console.log('starting');",
      "console.error('oops');",
      "console.warn('careful')",
      "console.info('info'); console.debug('debug')",
    ].join('\n');
    expect(nodeScriptOutput(source, {})?.lines).toEqual([
      { stream: 'stdout', text: 'starting\n' },
      { stream: 'stderr', text: 'oops\ncareful\n' },
      { stream: 'stdout', text: 'info\ndebug\n' },
    ]);
    const run = runScript(source);
    expect(run.stdout).toBe('starting\ninfo\ndebug\n');
    expect(run.stderr).toBe('oops\ncareful\n');
    expect(run.notes).toEqual([]);
  });

  it('follows literal bindings into templates, extra arguments and format specifiers', () => {
    const run = runScript(
      [
        'const port = 3000;',
        'let name = "svc"',
        'var ready = true;',
        "console.log('listening on', port);",
        'console.log(`hello ${name} on ${port}`);',
        "console.log('%s has %d items (%s)', name, '42', ready);",
        "console.log('Server on port ' + port, 'url: http://localhost:' + port);",
        "console.log('100%%', 6 * 7)",
        "console.log('open http://localhost:' + port + '/') // a comment",
      ].join('\n'),
    );
    expect(run.stdout).toBe(
      'listening on 3000\nhello svc on 3000\nsvc has 42 items (true)\n' +
        'Server on port 3000 url: http://localhost:3000\n100% 42\nopen http://localhost:3000/\n',
    );
    expect(run.notes).toEqual([]);
  });

  it("formats as util.format does: a lone string as it is, a spare specifier left, -0's sign", () => {
    const run = runScript(
      "console.log('100%%');\nconsole.log('%s:%s', 'a');\nconsole.log(5, 'a', null, undefined, -0);\nconsole.log('%d', 'abc');\nconsole.log()",
    );
    // Node 20: 100%% / a:%s / 5 a null undefined -0 / NaN / (empty line).
    expect(run.stdout).toBe('100%%\na:%s\n5 a null undefined -0\nNaN\n\n');
  });

  it("reads a shebang line and JavaScript's escapes in '...', \"...\" and templates", () => {
    const run = runScript(
      "#!/usr/bin/env node\nconsole.log(\"hi\\tthere\", 'it\\'s', `a\\`b ${'\\u0041'}`)\n",
    );
    expect(run.stdout).toBe("hi\tthere it's a`b A\n");
  });

  it('reads process.env.PORT || 3000 from the environment the script runs in', () => {
    const source =
      "const express = require('express');\nconst PORT = process.env.PORT || 3000;\nconsole.log(`port ${PORT}`);\n";
    expect(runScript(source).stdout).toBe('port 3000\n');
    expect(runScript(source, { PORT: '8080' }).stdout).toBe('port 8080\n');
  });

  it('does not read the environment once dotenv (or an assignment) changed it', () => {
    const run = runScript(
      "import 'dotenv/config';\nconst PORT = process.env.PORT || 3000;\nconsole.log(PORT);\n",
      { PORT: '8080' },
    );
    expect(run.stdout).toBe('');
    expect(run.notes[0]).toMatch(/stops at `const PORT = process.env.PORT \|\| 3000`/);
    const start = nodeServerStartup(
      "require('dotenv').config();\nconst port = process.env.PORT || 3000;\napp.listen(port, () => console.log(`on ${port}`));\n",
      {},
    );
    expect(start).toEqual({ lines: [], unknown: 'console.log(`on ${port}`)' });
  });

  it('stops at the first statement it cannot know and names it, after printing what came before', () => {
    const run = runScript(
      "console.log('before'); // see 'http://x'\nconst data = load();\nconsole.log('after');\n",
    );
    expect(run.stdout).toBe('before\n');
    expect(run.code).toBe(0);
    expect(run.notes).toHaveLength(1);
    expect(run.notes[0]).toMatch(
      /^\/app\/index\.js is JavaScript, which the simulation does not execute: .*stops at `const data = load\(\)`; the program's computed output from there on is not modelled/,
    );
    expect(run.notes[0]).not.toMatch(/output is not shown/);
  });

  it('does not follow a let that is written again, nor read a semicolon inside a string as an end', () => {
    const run = runScript("let n = 1;\nconsole.log('a; b', n);\nn += 1;\n");
    expect(run.stdout).toBe('');
    expect(run.notes[0]).toMatch(/stops at `console.log\('a; b', n\)`/);
    expect(runScript("const s = 'x; y';\nconsole.log(s)").stdout).toBe('x; y\n');
  });

  it('exits with process.exit(N) or process.exitCode, printing nothing after', () => {
    const run = runScript("console.error('fatal');\nprocess.exit(2);\nconsole.log('never');\n");
    expect(run).toMatchObject({ code: 2, stderr: 'fatal\n', stdout: '' });
    expect(runScript('process.exitCode = 3;\nconsole.log("done")')).toMatchObject({
      code: 3,
      stdout: 'done\n',
    });
  });

  it('passes over function declarations and packages it loads, joining continued lines', () => {
    const run = runScript(
      "const path = require('path');\nfunction main() {\n  console.log('in main');\n}\nconst msg = 'a' +\n  'b';\nconsole.log(msg);\nmain();\n",
    );
    expect(run.stdout).toBe('ab\n');
    expect(run.notes[0]).toMatch(/stops at `main\(\)`/);
  });

  it("prints a setTimeout's literal lines after the top level's, as Node's event loop runs them", () => {
    const run = runScript(
      [
        "setTimeout(() => console.log('late'), 100);",
        "const t = setTimeout(function () {\n  console.log('soon');\n  setTimeout(() => console.log('nested'), 200);\n});",
        "setTimeout(() => console.error('also soon'), 0);",
        "console.log('top');",
      ].join('\n'),
    );
    expect(run).toMatchObject({ stdout: 'top\nsoon\nlate\nnested\n', stderr: 'also soon\n' });
    expect(run.notes).toEqual([]);
    // A delay past 2^31 - 1 ms is 1 ms, as Node sets it.
    expect(
      runScript(
        "setTimeout(() => console.log('b'), 5);\nsetTimeout(() => console.log('a'), 3000000000);\n",
      ).stdout,
    ).toBe('a\nb\n');
    // process.exit on the top level ends it before any timer runs.
    expect(runScript("setTimeout(() => console.log('x'), 0);\nprocess.exit(0);\n").stdout).toBe('');
  });

  it('stops at a setInterval, whose callback repeats, naming it', () => {
    const run = runScript("console.log('start');\nsetInterval(() => console.log('tick'), 1000);\n");
    expect(run.stdout).toBe('start\n');
    expect(run.notes[0]).toMatch(/stops at `setInterval\(\(\) => console\.log\('tick'\), 1000\)`/);
  });

  it('node -e writes console.error on stderr too', () => {
    const run = runProgram(nodeProgram, ['node', '-e', "console.error('bad', 1 + 1)"], nodeFs(), {
      env: NODE_ENV,
    });
    expect(run).toMatchObject({ stdout: '', stderr: 'bad 2\n', notes: [] });
  });
});

describe("a Node.js server's start-up lines", () => {
  const server = (listen: string) =>
    [
      "const express = require('express');",
      'const app = express();',
      'const port = process.env.PORT || 3000;',
      "app.get('/', (req, res) => { console.log('request'); res.send('ok'); });",
      listen,
      "console.log('configured');",
    ].join('\n');

  it("prints the listen callback's line after the top level, from the port's binding", () => {
    const start = nodeServerStartup(
      server('app.listen(port, () => console.log(`Listening on ${port}`));'),
      {},
    );
    expect(start).toEqual({
      lines: [{ stream: 'stdout', text: 'configured\nListening on 3000\n' }],
    });
    const fn = nodeServerStartup(
      server(
        "app.listen(port, '0.0.0.0', function () {\n  console.log('listening on %s', port);\n});",
      ),
      { PORT: '8080' },
    );
    expect(fn.lines).toEqual([{ stream: 'stdout', text: 'configured\nlistening on 8080\n' }]);
  });

  it('reads the callback of a listen inside the function that starts the server', () => {
    const source =
      "const PORT = 8080;\nasync function start() {\n  await db.connect();\n  app.listen(PORT, () => {\n    console.log('Server running on port ' + PORT);\n  });\n}\nstart();\n";
    expect(nodeServerStartup(source, {}).lines).toEqual([
      { stream: 'stdout', text: 'Server running on port 8080\n' },
    ]);
  });

  it('ends at a top-level process.exit, and knows a SIGTERM handler given by name', () => {
    expect(
      nodeServerStartup("console.error('no config');\nprocess.exit(1);\napp.listen(3000);\n", {}),
    ).toEqual({ lines: [{ stream: 'stderr', text: 'no config\n' }], exit: 1 });
    const named = nodeServerStartup(
      "app.listen(3000);\nfunction shutdown() {\n  process.exit(0);\n}\nprocess.on('SIGTERM', shutdown);\n",
      {},
    );
    expect(named).toEqual({ lines: [], sigterm: { lines: [], exit: 0 } });
  });

  it("runs a setTimeout's literal lines after the listen callback's; notes an interval's", () => {
    const start = nodeServerStartup(
      server(
        "app.listen(port, () => console.log('up'));\nsetTimeout(() => console.log('warm'), 0);\nsetInterval(() => {\n  console.log('tick');\n}, 1000);",
      ),
      {},
    );
    expect(start).toEqual({
      lines: [{ stream: 'stdout', text: 'configured\nup\nwarm\n' }],
      unknown: 'setInterval(() => {',
    });
    expect(leftOutNote('/app/server.js', start.unknown ?? '')).toBe(
      "/app/server.js does not print what the callback of `setInterval(() => {` prints: the simulation does not execute JavaScript, and of the timer callbacks it runs only a setTimeout's literal lines.",
    );
    // An interval that prints nothing it could show, and one naming its callback, are passed over.
    expect(nodeServerStartup('setInterval(cleanup, 60000);\napp.listen(3000);\n', {})).toEqual({
      lines: [],
    });
  });

  it('says which print it leaves out', () => {
    const start = nodeServerStartup(
      server(
        'const srv = app.listen(port, () => {\n  console.log(`on ${srv.address().port}`);\n});',
      ),
      {},
    );
    expect(start.lines).toEqual([{ stream: 'stdout', text: 'configured\n' }]);
    expect(start.unknown).toBe('console.log(`on ${srv.address().port}`)');
  });
});
