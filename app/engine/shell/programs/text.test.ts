import { describe, expect, it } from 'vitest';
import { readText, sim } from '../testing/harness';

describe('grep', () => {
  const files = { '/f': 'alpha\nBeta\ngamma\n' };
  it('selects lines by basic or extended regex, inverted, counted or numbered', () => {
    const r = sim('gnu', files).run(
      "grep 'a$' /f; grep -v a /f; grep -v l /f | grep -c .; grep -c a /f; grep -n '^g' /f; grep -E 'al|ga' /f; grep -i beta /f",
    );
    expect(r.stdout).toBe('alpha\nBeta\ngamma\n2\n3\n3:gamma\nalpha\ngamma\nBeta\n');
  });

  it('translates BRE groups and intervals', () => {
    expect(
      sim().run(
        "echo aaa-b | grep -o 'a\\{2\\}'; echo ab12 | grep -q '[[:digit:]]\\{2\\}' && echo yes",
      ).stdout,
    ).toBe('aa\nyes\n');
  });

  it('exits 1 without a match and 2 on a missing file', () => {
    expect(sim('gnu', files).run('grep -q zzz /f; echo $?; grep x /nope; echo $?').stdout).toBe(
      '1\n2\n',
    );
  });

  it('searches directories with -r, naming each file', () => {
    const s = sim('gnu', { '/src/a.txt': 'TODO one\n', '/src/b/c.txt': 'done\nTODO two\n' });
    expect(s.run('grep -rn TODO /src').stdout).toBe(
      '/src/a.txt:1:TODO one\n/src/b/c.txt:2:TODO two\n',
    );
  });

  it('prints context lines with -A, -B and -C, marked with - and groups split by --', () => {
    // Recorded with GNU grep 3.8: the Rails Dockerfile idiom reads the Bundler version so.
    const s = sim('gnu', { '/f': 'a\nx1\nb\nc\nd\nx2\ne\nx3\nf\ng\n' });
    expect(s.run('grep -n -C1 x /f').stdout).toBe(
      '1-a\n2:x1\n3-b\n--\n5-d\n6:x2\n7-e\n8:x3\n9-f\n',
    );
    expect(
      s.run('grep -A1 -m1 x /f; grep -c -A2 x /f; grep -H --before-context=1 x2 /f').stdout,
    ).toBe('x1\nb\n3\n/f-d\n/f:x2\n');
    const lock = sim('gnu', { '/Gemfile.lock': 'DEPENDENCIES\n\nBUNDLED WITH\n   2.5.11\n' });
    expect(lock.run('grep -A 1 "BUNDLED WITH" /Gemfile.lock | tail -n 1').stdout).toBe(
      '   2.5.11\n',
    );
  });
});

describe('sed', () => {
  it('substitutes first or all matches with any delimiter and back-references', () => {
    const r = sim().run(
      "echo 'aXbXc' | sed 's/X/-/'; echo 'aXbXc' | sed 's|X|/|g'; echo 'key=value' | sed 's/\\(.*\\)=\\(.*\\)/\\2=\\1/'; echo abc | sed -E 's/(b)/[\\1]/'",
    );
    expect(r.stdout).toBe('a-bXc\na/b/c\nvalue=key\na[b]c\n');
  });

  it('edits files in place, which copies them up', () => {
    const s = sim('gnu', { '/etc/app.conf': 'listen 80\n#debug on\nworkers 2\n' });
    s.run(
      "sed -i -e 's/listen 80/listen 8080/' -e 's/^#\\(debug\\)/\\1/' /etc/app.conf; sed -i '/workers/d' /etc/app.conf",
    );
    expect(readText(s.fs, '/etc/app.conf')).toBe('listen 8080\ndebug on\n');
  });

  it('prints selected lines with -n and p, and supports addresses and ranges', () => {
    const r = sim().run(
      "seq 6 | sed -n '2p'; seq 6 | sed -n '/3/,/5/p'; seq 4 | sed '2,3d'; seq 3 | sed '$d'; seq 3 | sed '1i head' ; seq 2 | sed 'a tail'",
    );
    expect(r.stdout).toBe('2\n3\n4\n5\n1\n4\n1\n2\nhead\n1\n2\n3\n1\ntail\n2\ntail\n');
  });

  it("reports a missing file with GNU's wording", () => {
    expect(sim().run('sed p /nope')).toMatchObject({
      stderr: "sed: can't read /nope: No such file or directory\n",
      exitCode: 2,
    });
  });
});

describe('sort, uniq, tr, cut, xargs', () => {
  it('sorts in byte order, numerically, by key, reversed and unique', () => {
    const r = sim().run(
      "printf 'b 10\\na 9\\nB 1\\na 9\\n' > /f; sort /f; sort -u /f | wc -l; sort -k2 -n /f | head -1; sort -r /f | head -1",
    );
    expect(r.stdout).toBe('B 1\na 9\na 9\nb 10\n3\nB 1\nb 10\n');
  });

  it('counts adjacent duplicates with uniq -c', () => {
    expect(sim().run("printf 'a\\na\\nb\\n' | uniq -c").stdout).toBe('      2 a\n      1 b\n');
  });

  it('translates, deletes and squeezes characters with tr', () => {
    expect(
      sim().run(
        "echo 'Hello, World' | tr '[:lower:]' '[:upper:]'; echo hello | tr -d l; echo 'a   b' | tr -s ' '",
      ).stdout,
    ).toBe('HELLO, WORLD\nheo\na b\n');
  });

  it('cuts fields and characters', () => {
    expect(sim().run("echo 'root:x:0:0' | cut -d: -f1,3; echo abcdef | cut -c2-3").stdout).toBe(
      'root:0\nbc\n',
    );
  });

  it('builds command lines from stdin with xargs', () => {
    expect(
      sim().run(
        "printf 'a b\\nc\\n' | xargs echo; printf '1\\n2\\n' | xargs -I{} echo '<{}>'; echo 'x y' | xargs -n1",
      ).stdout,
    ).toBe('a b c\n<1>\n<2>\nx\ny\n');
  });
});

describe('find', () => {
  const files = {
    '/p/a.py': '',
    '/p/b.txt': '',
    '/p/sub/c.py': '',
    '/p/sub/__pycache__/c.pyc': '',
  };
  it('filters by name, type and depth', () => {
    const s = sim('gnu', files);
    expect(
      s.run("find /p -name '*.py'; find /p -maxdepth 1 -type d; find /p -type d -name __pycache__")
        .stdout,
    ).toBe('/p/a.py\n/p/sub/c.py\n/p\n/p/sub\n/p/sub/__pycache__\n');
  });

  it('deletes matches and runs commands with -exec', () => {
    const s = sim('gnu', files);
    const r = s.run(
      "find /p -name '*.pyc' -delete; find /p -name '*.py' -exec echo py: {} \\;; find /p -type f -exec echo all {} +",
    );
    expect(r.stdout).toBe('py: /p/a.py\npy: /p/sub/c.py\nall /p/a.py /p/b.txt /p/sub/c.py\n');
  });

  it('combines tests with -o, ! and parentheses', () => {
    const s = sim('gnu', files);
    expect(
      s.run(
        "find /p -type f \\( -name '*.txt' -o -name '*.pyc' \\); find /p -type f ! -name '*.py*'",
      ).stdout,
    ).toBe('/p/b.txt\n/p/sub/__pycache__/c.pyc\n/p/b.txt\n');
  });
});

describe('binary files known only by size', () => {
  const withBlob = () => {
    const s = sim();
    s.fs.writeFile('/tmp/go.tgz', { blob: 'go1.25.9.linux-amd64.tar.gz', size: 10_240 });
    return s;
  };

  it('counts their bytes with wc -c and estimates lines and words as for random bytes', () => {
    const s = withBlob();
    expect(s.run('wc -c /tmp/go.tgz').stdout).toBe('10240 /tmp/go.tgz\n');
    expect(s.run('wc -c < /tmp/go.tgz; cat /tmp/go.tgz | wc -c').stdout).toBe('10240\n10240\n');
    expect(s.run('wc /tmp/go.tgz').stdout).toBe('   40   238 10240 /tmp/go.tgz\n');
  });

  it('passes on a blob of the requested size from head -c and tail -c', () => {
    const s = withBlob();
    s.run('head -c 100 /tmp/go.tgz > /tmp/h; tail -c 24 /tmp/go.tgz > /tmp/t');
    expect(s.run('wc -c /tmp/h /tmp/t; du -b /tmp/go.tgz').stdout).toBe(
      '100 /tmp/h\n 24 /tmp/t\n124 total\n10240\t/tmp/go.tgz\n',
    );
    // As GNU du counts a directory (4096) and a 3-byte file beside the blob (recorded).
    expect(
      s.run(
        'mkdir /tmp/d && cp /tmp/go.tgz /tmp/d/g && echo hi > /tmp/d/s && du -b /tmp/d; du --apparent-size /tmp/d',
      ).stdout,
    ).toBe('14339\t/tmp/d\n15\t/tmp/d\n');
    s.run('cat /tmp/go.tgz > /tmp/copy');
    const copy = s.fs.readFile('/tmp/copy');
    expect(copy.ok && copy.value.size).toBe(10_240);
  });
});
