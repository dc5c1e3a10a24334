import { describe, expect, it } from 'vitest';
import { displayInstruction, expandWord, expandWords, supportsEnvReplacement } from './expand';

const env: Record<string, string> = { A: 'apple', EMPTY: '', PATH: '/usr/bin:/bin', SP: 'a  b' };
const lookup = (name: string): string | undefined => env[name];
const word = (w: string, escapeToken?: string) =>
  expandWord(w, lookup, escapeToken ? { escapeToken } : {});

describe('expandWord: variables', () => {
  it('expands $VAR and ${VAR}, and unset variables to nothing', () => {
    expect(word('$A-${A}x$NOPE.')).toEqual({ ok: true, value: 'apple-applex.' });
  });

  it('leaves a lone $ or a $ before a non-name character alone', () => {
    expect(word('$ $/ a$')).toEqual({ ok: true, value: '$ $/ a$' });
  });

  it('takes ${VAR:-default} when unset or empty, ${VAR-default} only when unset', () => {
    expect(word('${NOPE:-d}|${EMPTY:-d}|${A:-d}')).toEqual({ ok: true, value: 'd|d|apple' });
    expect(word('${NOPE-d}|${EMPTY-d}|${A-d}')).toEqual({ ok: true, value: 'd||apple' });
  });

  it('takes ${VAR:+alt} when set and non-empty, ${VAR+alt} when set', () => {
    expect(word('${NOPE:+x}|${EMPTY:+x}|${A:+x}')).toEqual({ ok: true, value: '||x' });
    expect(word('${NOPE+x}|${EMPTY+x}|${A+x}')).toEqual({ ok: true, value: '|x|x' });
  });

  it('fails ${VAR:?message} when unset or empty, ${VAR?message} when unset', () => {
    expect(word('${NOPE:?need it}')).toEqual({
      ok: false,
      error: 'failed to process "${NOPE:?need it}": NOPE: need it',
    });
    expect(word('${EMPTY:?}')).toEqual({
      ok: false,
      error: 'failed to process "${EMPTY:?}": EMPTY: is not allowed to be empty',
    });
    expect(word('${EMPTY?}')).toEqual({ ok: true, value: '' });
    expect(word('${NOPE?}')).toEqual({
      ok: false,
      error: 'failed to process "${NOPE?}": NOPE: is not allowed to be unset',
    });
  });

  it('expands variables inside a default', () => {
    expect(word('${NOPE:-$A/x}')).toEqual({ ok: true, value: 'apple/x' });
  });

  it('removes the shortest or longest matching prefix and suffix', () => {
    expect(word('${PATH#*/}|${PATH##*/}|${PATH%:*}|${PATH%%:*}')).toEqual({
      ok: true,
      value: 'usr/bin:/bin|bin|/usr/bin|/usr/bin',
    });
  });

  it('replaces the first or every match of a pattern', () => {
    expect(word('${PATH/bin/sbin}|${PATH//bin/sbin}')).toEqual({
      ok: true,
      value: '/usr/sbin:/bin|/usr/sbin:/sbin',
    });
  });

  it('reports malformed substitutions as BuildKit does', () => {
    expect(word('${}')).toEqual({
      ok: false,
      error: 'failed to process "${}": syntax error: bad substitution',
    });
    expect(word('${A')).toEqual({
      ok: false,
      error: 'failed to process "${A": unsupported modifier (\uFFFD) in substitution',
    });
    expect(word('${A:-x')).toEqual({
      ok: false,
      error: 'failed to process "${A:-x": syntax error: missing \'}\'',
    });
    expect(word('${A:x}')).toEqual({
      ok: false,
      error: 'failed to process "${A:x}": unsupported modifier (:x) in substitution',
    });
  });
});

describe('expandWord: quotes and escapes', () => {
  it('keeps single-quoted text literal, $ included', () => {
    expect(word("'$A \\n'")).toEqual({ ok: true, value: '$A \\n' });
  });

  it('expands inside double quotes, where \\ escapes only " $ and \\', () => {
    expect(word('"$A \\$A \\" \\\\ \\n"')).toEqual({ ok: true, value: 'apple $A " \\ \\n' });
  });

  it('unquoted, the escape token escapes any character and is dropped at the end', () => {
    expect(word('\\$A\\ x\\')).toEqual({ ok: true, value: '$A x' });
  });

  it('uses the backtick as the escape token after # escape=`', () => {
    expect(word('`$A\\x', '`')).toEqual({ ok: true, value: '$A\\x' });
  });

  it('reports an unclosed quote', () => {
    expect(word('"abc')).toEqual({
      ok: false,
      error:
        'failed to process "\\"abc": unexpected end of statement while looking for matching double-quote',
    });
    expect(word("'abc")).toEqual({
      ok: false,
      error:
        'failed to process "\'abc": unexpected end of statement while looking for matching single-quote',
    });
  });
});

describe('expandWords', () => {
  it('splits on unquoted spaces, also inside an unquoted variable value', () => {
    expect(expandWords('x $SP "$SP" \'q r\'', lookup)).toEqual({
      ok: true,
      value: ['x', 'a', 'b', 'a  b', 'q r'],
    });
  });

  it('drops empty words, even an empty quoted one', () => {
    expect(expandWords(' a  "" $EMPTY b ', lookup)).toEqual({ ok: true, value: ['a', 'b'] });
  });
});

describe('supportsEnvReplacement', () => {
  it('covers the instructions Docker documents, and not RUN, CMD or ENTRYPOINT', () => {
    for (const k of ['ADD', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'STOPSIGNAL', 'USER']) {
      expect(supportsEnvReplacement(k)).toBe(true);
    }
    for (const k of ['VOLUME', 'WORKDIR', 'ONBUILD', 'arg']) {
      expect(supportsEnvReplacement(k)).toBe(true);
    }
    for (const k of ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'HEALTHCHECK']) {
      expect(supportsEnvReplacement(k)).toBe(false);
    }
  });
});

describe('displayInstruction: the step name BuildKit prints (recorded with Docker 20.10)', () => {
  const vars: Record<string, string> = { A: 'fromarg', E: 'from env' };
  const known = (name: string): string | undefined => vars[name];
  const shell = (text: string, escapeToken?: string) =>
    displayInstruction(text, known, 'shell', escapeToken ? { escapeToken } : {});
  const expanded = (text: string) => displayInstruction(text, known, 'expanded');

  it('substitutes known variables in RUN, keeping quotes and unknown ones as written', () => {
    // `#5 [2/6] RUN echo fromarg fromenv "fromenv" '$A' ${U} $U fromarg ${NOPE} $NOPE $HOME $A`
    expect(shell(`RUN echo $A \${E} "$E" '$A' \${U} $U \${A:-def} \${NOPE} $NOPE $HOME \\$A`)).toBe(
      `RUN echo fromarg from env "from env" '$A' \${U} $U fromarg \${NOPE} $NOPE $HOME $A`,
    );
  });

  it('keeps modifiers on unset variables and $$ in RUN', () => {
    // `#6 [3/7] RUN echo ${NOPE:-def} "from env" fromarg` and `RUN echo $$ fromarg`
    expect(shell('RUN echo ${NOPE:-def} "${E}" $A')).toBe(
      'RUN echo ${NOPE:-def} "from env" fromarg',
    );
    expect(shell('RUN echo $$ $A')).toBe('RUN echo $$ fromarg');
    expect(shell('RUN echo ${NOPE:?oops} $A')).toBe('RUN echo ${NOPE:?oops} fromarg');
  });

  it('processes escapes in RUN: outside quotes, and before " $ and itself inside them', () => {
    // `RUN echo "$A" \ a b n "a\nb" "it's" 'a"b' fromargfrom env`
    expect(shell(`RUN echo "\\$A" \\\\ a\\ b \\n "a\\nb" "it's" 'a"b' $A$E`)).toBe(
      `RUN echo "$A" \\ a b n "a\\nb" "it's" 'a"b' fromargfrom env`,
    );
    // `RUN echo "a"b" "\" '\$A' fromarg`
    expect(shell(`RUN echo "a\\"b" "\\\\" '\\$A' $A`)).toBe(`RUN echo "a"b" "\\" '\\$A' fromarg`);
  });

  it('leaves out whitespace at the end of the line', () => {
    // `#12 [ 8/10] RUN ls -ln /owned && ls -R .` for `RUN ls -ln /owned && ls -R . `
    expect(shell('RUN ls -ln /owned && ls -R . ')).toBe('RUN ls -ln /owned && ls -R .');
    expect(expanded('COPY a.txt /x/\t ')).toBe('COPY a.txt /x/');
  });

  it('substitutes inside exec form and upper-cases the keyword', () => {
    expect(shell('RUN ["echo", "$A", "${E}"]')).toBe('RUN ["echo", "fromarg", "from env"]');
    expect(shell('run echo lower $A')).toBe('RUN echo lower fromarg');
  });

  it('uses the escape token of the Dockerfile', () => {
    expect(shell('RUN echo a  b \\\\ c `$A $A', '`')).toBe('RUN echo a  b \\\\ c $A fromarg');
  });

  it('shows RUN text it cannot expand as written', () => {
    expect(shell('RUN echo ${A:} "open')).toBe('RUN echo ${A:} "open');
  });

  it('expands COPY, ADD and WORKDIR as their arguments are expanded (quotes removed)', () => {
    // `COPY Dockerfile $A /x/`, `COPY [Dockerfile, /j/fromarg/]`, `WORKDIR /w//x`
    expect(expanded(`COPY "Dockerfile" '$A' /x/`)).toBe('COPY Dockerfile $A /x/');
    expect(expanded('COPY ["Dockerfile", "/j/$A/"]')).toBe('COPY [Dockerfile, /j/fromarg/]');
    expect(expanded('COPY --chown=1:1 sub* /s/$A/')).toBe('COPY --chown=1:1 sub* /s/fromarg/');
    expect(expanded('WORKDIR /w/$NOPE/x')).toBe('WORKDIR /w//x');
    expect(expanded('add Dockerfile /z/${E}')).toBe('ADD Dockerfile /z/from env');
  });
});
