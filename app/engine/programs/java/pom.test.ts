import { describe, expect, it } from 'vitest';
import { parsePom } from './pom';

const POM = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
${body}
</project>
`;

describe('parsePom', () => {
  it('reads entities, CDATA and comments as XML does', () => {
    const pom = parsePom(
      POM(`  <!-- <artifactId>commented-out</artifactId> -->
  <artifactId>demo</artifactId>
  <version>1.0</version>
  <name>Tom &amp; <![CDATA[Jerry]]></name>`),
    );
    expect('error' in pom).toBe(false);
    if ('error' in pom) return;
    expect(pom.artifact).toBe('demo');
    expect(pom.name).toBe('Tom & Jerry');
  });

  it('says where a malformed POM breaks, as Maven does (@ line, column)', () => {
    const pom = parsePom(POM('  <artifactId>demo</artifactId>\n  <dependencies>'));
    expect(pom).toEqual({
      error: expect.stringMatching(/^Non-parseable POM: .* @ line \d+, column \d+$/),
    });
  });

  it('refuses a file that is not a POM at all', () => {
    expect(parsePom('<settings/>')).toEqual({
      error: 'Non-parseable POM: expected START_TAG or END_TAG not TEXT',
    });
  });
});
