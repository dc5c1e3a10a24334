// A C or C++ program cc linked prints what the straight-line start of its main prints when
// run, through the runner built-binaries.ts registers for its blob (as the shell calls it).
import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { builtBinaryPrograms } from '../built-binaries';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { ccProgram } from './cc';

const runner = new Map(builtBinaryPrograms()).get('blob:cc-executable');

/** Compiles /src/<file> with `compile` (cc's argv after the compiler) and runs /src/app. */
function compileAndRun(
  file: string,
  source: string,
  options: { compile?: string[][]; tty?: boolean } = {},
) {
  const fs = new OverlayFs([tree({ [`/src/${file}`]: source })]);
  const cc = /\.c$/.test(file) ? 'gcc' : 'g++';
  for (const argv of options.compile ?? [['-O2', '-o', 'app', file]])
    expect(runProgram(ccProgram, [cc, ...argv], fs, { cwd: '/src' }).code).toBe(0);
  if (!runner) throw new Error('no runner for cc executables');
  // What the program writes, stream by stream in order, as docker logs would keep it.
  const output: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  const run = runProgram(
    (argv, io) =>
      runner(argv, {
        ...io,
        tty: options.tty,
        stdout: (text) => {
          output.push({ stream: 'stdout', text });
          io.stdout(text);
        },
        stderr: (text) => {
          output.push({ stream: 'stderr', text });
          io.stderr(text);
        },
      }),
    ['/src/app'],
    fs,
  );
  return { ...run, output };
}

describe('running a C program cc built', () => {
  it("prints hello, world and exits with main's return", () => {
    const run = compileAndRun(
      'hello.c',
      '#include <stdio.h>\nint main(void) { printf("hello, world\\n"); return 0; }\n',
    );
    expect([run.code, run.stdout, run.stderr, run.notes]).toEqual([0, 'hello, world\n', '', []]);
    const fails = compileAndRun(
      'main.c',
      '#include <stdio.h>\n#include <stdlib.h>\nint main(int argc, char **argv) {\n  fputs("usage: tool FILE\\n", stderr);\n  exit(EXIT_FAILURE);\n}\n',
    );
    expect([fails.code, fails.stderr]).toEqual([1, 'usage: tool FILE\n']);
  });

  it("fills printf's conversions from literals and names bound to them in main", () => {
    const run = compileAndRun(
      'main.c',
      '#include <stdio.h>\nint main(void) {\n  const char *name = "calc";\n  int major = 1;\n  printf("%s %d.%02d [%-5s] [%3d] 100%%\\n", name, major, 5, "ab", 7);\n  puts("ready");\n  return 3;\n}\n',
    );
    expect([run.code, run.stdout]).toEqual([3, 'calc 1.05 [ab   ] [  7] 100%\nready\n']);
  });

  it('stops at the first statement it cannot know, with a note', () => {
    const run = compileAndRun(
      'main.c',
      '#include <stdio.h>\n#include <zlib.h>\nint main(void) {\n  puts("start");\n  printf("zlib %s\\n", zlibVersion());\n  return 0;\n}\n',
    );
    expect([run.code, run.stdout]).toEqual([0, 'start\n']);
    expect(run.notes.join(' ')).toMatch(
      /stops at `printf\("zlib %s\\n", zlibVersion\(\)\)`.*computed output/,
    );
    // Even as main's first statement: the note names it (not "a binary with no model").
    const first = compileAndRun(
      'main.c',
      '#include <stdio.h>\n#include <zlib.h>\nint main(void) { printf("zlib %s\\n", zlibVersion()); return 0; }\n',
    );
    expect([first.code, first.stdout]).toEqual([0, '']);
    expect(first.notes.join(' ')).toMatch(/C\/C\+\+ program built in this simulation.*stops at/);
  });

  it("writes stdout at exit when it is not a terminal (stdio's full buffering), stderr at once", () => {
    const source =
      '#include <stdio.h>\nint main(void) {\n  printf("one\\n");\n  fprintf(stderr, "two\\n");\n  printf("three\\n");\n  fflush(stdout);\n  fprintf(stderr, "four\\n");\n  return 0;\n}\n';
    const piped = compileAndRun('main.c', source);
    expect(piped.stdout).toBe('one\nthree\n');
    expect(piped.output).toEqual([
      { stream: 'stderr', text: 'two\n' },
      { stream: 'stdout', text: 'one\nthree\n' },
      { stream: 'stderr', text: 'four\n' },
    ]);
    const terminal = compileAndRun('main.c', source, { tty: true });
    expect(terminal.output.map((o) => o.text).join('')).toBe('one\ntwo\nthree\nfour\n');
  });

  it('carries the output through an object file, as make and its built-in rules build', () => {
    const run = compileAndRun(
      'hello.c',
      '#include <stdio.h>\nint main(void) { printf("hello, world\\n"); return 0; }\n',
      {
        compile: [
          ['-O2', '-Wall', '-c', '-o', 'hello.o', 'hello.c'],
          ['-O2', '-Wall', '-o', 'app', 'hello.o'],
        ],
      },
    );
    expect(run.stdout).toBe('hello, world\n');
  });
});

describe('running a C++ program', () => {
  it('prints std::cout, std::cerr and std::clog chains; std::endl and cerr (tied) flush cout', () => {
    const run = compileAndRun(
      'main.cpp',
      '#include <iostream>\n#include <string>\nusing namespace std;\nint main() {\n  const std::string name = "calc";\n  std::cout << name << " " << 1 << \'.\' << 0 << std::endl;\n  cout << "loading\\n";\n  std::cerr << "warn: " << "none" << \'\\n\';\n  cout << "done" << "\\n";\n  std::clog << "bye" << std::endl;\n}\n',
    );
    expect(run.code).toBe(0);
    expect(run.output).toEqual([
      { stream: 'stdout', text: 'calc 1.0\n' },
      { stream: 'stdout', text: 'loading\n' },
      { stream: 'stderr', text: 'warn: none\n' },
      { stream: 'stderr', text: 'bye\n' },
      { stream: 'stdout', text: 'done\n' },
    ]);
  });

  it('stops at a statement that computes', () => {
    const run = compileAndRun(
      'main.cpp',
      '#include <iostream>\nint main() { std::cout << "calc 1.0" << std::endl; auto v = std::vector<int>{1, 2}; std::cout << v.size(); }\n',
    );
    expect(run.stdout).toBe('calc 1.0\n');
    expect(run.notes.join(' ')).toMatch(/stops at `auto v = std::vector<int>\{1, 2\}`/);
  });
});
