import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { debCatalog } from '../testing/debs';
import { tree } from '../testing/images';
import { shellRun } from '../testing/shell';

const MAKEFILE = `CFLAGS = -O2
OBJS = main.o

app: $(OBJS)
\t$(CC) -o $@ $^

clean:
\trm -f app $(OBJS)

.PHONY: clean

fail:
\t@echo about to fail
\tfalse
`;

function project(makefile = MAKEFILE): OverlayFs {
  return new OverlayFs([
    tree({
      '/usr/bin/make': { blob: 250_000 },
      '/usr/bin/cc': { blob: 1_200_000 },
      '/bin/rm': { blob: 75_000 },
      '/src/Makefile': makefile,
      '/src/main.c': 'int main(void) { return 0; }\n',
    }),
  ]);
}

const run = (script: string, fs = project()) => shellRun(script, fs, debCatalog, { cwd: '/src' });

describe('make', () => {
  it('builds the default goal with the built-in C rule, echoing each recipe as GNU make does', () => {
    const fs = project();
    const result = run('make', fs);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('cc -O2   -c -o main.o main.c\ncc -o app main.o\n');
    expect(fs.stat('/src/main.o').ok).toBe(true);
    expect(fs.stat('/src/app').ok).toBe(true);
  });

  it('says there is nothing to do once the target exists, and runs a phony target every time', () => {
    const fs = project();
    run('make', fs);
    expect(run('make app', fs).stdout).toBe("make: 'app' is up to date.\n");
    expect(run('make clean', fs)).toMatchObject({ exitCode: 0, stdout: 'rm -f app main.o\n' });
    expect(fs.stat('/src/app').ok).toBe(false);
  });

  it("stops at a failing recipe line with make's Error wording and exit status 2", () => {
    const result = run('make fail');
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('about to fail\nfalse\n');
    expect(result.stderr).toBe('make: *** [Makefile:14: fail] Error 1\n');
  });

  it('reports a target without a rule and a missing Makefile', () => {
    expect(run('make nothing').stderr).toBe("make: *** No rule to make target 'nothing'.  Stop.\n");
    const empty = shellRun('make', project(), debCatalog, { cwd: '/' });
    expect(empty).toMatchObject({
      exitCode: 2,
      stderr: 'make: *** No targets specified and no makefile found.  Stop.\n',
    });
  });

  it("exports command-line variables to recipes' environment, not the Makefile's own", () => {
    const result = run(
      'make -s show DESTDIR=/out',
      project('OWN = mine\nshow:\n\t@echo "[$$DESTDIR] [$$OWN]"\n'),
    );
    expect(result.stdout).toBe('[/out] []\n');
  });

  it('enters the directory given with -C and takes variables from the command line', () => {
    const result = shellRun('make -C /src -n CFLAGS=-O0', project(), debCatalog);
    expect(result.stdout).toBe(
      "make: Entering directory '/src'\ncc -O0   -c -o main.o main.c\ncc -o app main.o\nmake: Leaving directory '/src'\n",
    );
  });

  it('expands functions, conditionals and pattern rules', () => {
    const makefile = `SRCS := $(wildcard *.c)
OBJS := $(SRCS:.c=.o)
ifeq ($(MODE),debug)
FLAGS = -g
else
FLAGS = -O3
endif
all: $(patsubst %.o,build/%.o,$(OBJS))
build/%.o: %.c
\t@echo $(FLAGS) $< '->' $@ [$*]
`;
    expect(run('make', project(makefile)).stdout).toBe('-O3 main.c -> build/main.o [main]\n');
    expect(run('make MODE=debug', project(makefile)).stdout).toBe(
      '-g main.c -> build/main.o [main]\n',
    );
  });
});
