import { describe, expect, it } from 'vitest';
import { imageName, imageOptions, pickImage } from './current-image';
import { build, FIXTURE_FILES, seededHost } from './testing/world-fixture';

describe('pickImage', () => {
  it('shows what the last build made, over app:latest', () => {
    const first = seededHost();
    const other = build(first.host, 'FROM busybox\nRUN echo 2 > /two\n', {}, 'tool:1');
    expect(pickImage(other.host, null, { entryId: 2, imageId: other.image.id })?.id).toBe(
      other.image.id,
    );
    expect(pickImage(other.host, null, undefined)?.id).toBe(first.image.id);
  });

  it('keeps the person’s choice until the next build', () => {
    const first = seededHost();
    const other = build(first.host, 'FROM busybox\nRUN echo 2 > /two\n', {}, 'tool:1');
    const chosen = { imageId: first.image.id, atBuild: 2 };
    const last = { entryId: 2, imageId: other.image.id };
    expect(pickImage(other.host, chosen, last)?.id).toBe(first.image.id);
    expect(pickImage(other.host, chosen, { ...last, entryId: 3 })?.id).toBe(other.image.id);
  });

  it('has nothing to show on a host without images', () => {
    const { host } = seededHost();
    expect(pickImage({ ...host, images: {}, tags: {} }, null, undefined)).toBeUndefined();
    expect(pickImage(undefined, null, undefined)).toBeUndefined();
  });
});

describe('imageName and imageOptions', () => {
  it('names images by tag, untagged ones by short id, tagged first', () => {
    const first = seededHost();
    const rebuilt = build(first.host, undefined, { ...FIXTURE_FILES, 'main.py': 'v2' });
    // app:latest moved to the rebuilt image; the first one is now <none>.
    expect(imageName(rebuilt.host, first.image)).toMatch(/^<none> [0-9a-f]{12}$/);
    expect(imageOptions(rebuilt.host).map((o) => o.name)).toEqual([
      'app:latest',
      imageName(rebuilt.host, first.image),
    ]);
  });
});
