import { describe, expect, it } from 'vitest';
import { copyFromStage, displayInstruction, instructionKey, keywordOf } from './instruction-text';

describe('displayInstruction', () => {
  it('shows a BuildKit RUN row as the Dockerfile line that made it', () => {
    expect(
      displayInstruction(
        'RUN /bin/sh -c pip install --no-cache-dir -r requirements.txt # buildkit',
      ),
    ).toBe('RUN pip install --no-cache-dir -r requirements.txt');
  });

  it('drops the build arguments BuildKit records before the shell', () => {
    expect(displayInstruction('RUN |2 A=1 B=two /bin/sh -c echo $A # buildkit')).toBe(
      'RUN echo $A',
    );
  });

  it('reads legacy builder rows: #(nop) metadata and bare shell commands', () => {
    expect(displayInstruction('/bin/sh -c #(nop)  CMD ["python3"]')).toBe('CMD ["python3"]');
    expect(displayInstruction('/bin/sh -c apt-get update')).toBe('RUN apt-get update');
  });

  it('keeps rows that are not instructions as they are', () => {
    expect(displayInstruction("# debian.sh --arch 'amd64' out/ 'trixie'")).toBe(
      "# debian.sh --arch 'amd64' out/ 'trixie'",
    );
    expect(displayInstruction('COPY . . # buildkit')).toBe('COPY . .');
  });
});

describe('keywordOf', () => {
  it('finds the keyword in any case, and none in a comment row', () => {
    expect(keywordOf('run echo hi')).toBe('RUN');
    expect(keywordOf('WORKDIR /app')).toBe('WORKDIR');
    expect(keywordOf('# debian.sh')).toBe('');
  });
});

describe('instructionKey', () => {
  it('gives an editor line and its history row the same key', () => {
    expect(instructionKey('CMD ["python", "main.py"]')).toBe(
      instructionKey('CMD ["python" "main.py"]'),
    );
    expect(instructionKey('run  pip install \\\n  flask')).toBe(
      instructionKey('RUN /bin/sh -c pip install    flask # buildkit'),
    );
    expect(instructionKey('ENV MODE production')).toBe(instructionKey('ENV MODE=production'));
    expect(instructionKey('COPY --from=build /out /app')).toBe(
      instructionKey('COPY /out /app # buildkit'),
    );
  });

  it('tells different steps apart', () => {
    expect(instructionKey('COPY . .')).not.toBe(instructionKey('COPY . /app'));
    expect(instructionKey('CMD ["python", "app.py"]')).not.toBe(
      instructionKey('CMD ["python" "main.py"]'),
    );
  });
});

describe('copyFromStage', () => {
  it('names the stage a COPY --from reads, lower-cased', () => {
    expect(copyFromStage('COPY --from=Build /out/app /usr/local/bin/')).toBe('build');
    expect(copyFromStage('COPY --chown=1000 --from=0 /a /b')).toBe('0');
    expect(copyFromStage('COPY . .')).toBeUndefined();
  });
});

describe('keywordOf on base image rows', () => {
  it('does not take the first word of a free-text row for a keyword', () => {
    expect(keywordOf('BusyBox 1.37.0 (glibc), Debian 12')).toBe('');
  });
});
