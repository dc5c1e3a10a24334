import { describe, expect, it } from 'vitest';
import { makeImage, type Image } from '../images/image';
import { parseReference } from '../images/reference';
import { findLocalImage, storeImage, tagImage } from './images';
import { createHost } from './world';
import type { HostState } from './state';

function image(label: string): Image {
  return makeImage({
    config: { Env: [], WorkingDir: '/', User: '', Labels: { label } },
    diffIds: [],
    history: [],
    created: '2026-11-30T07:00:00.000000000Z',
    userland: 'busybox',
  });
}

function tagged(host: HostState, name: string, img: Image): HostState {
  const ref = parseReference(name);
  if (!ref.ok) throw new Error(name);
  return tagImage(storeImage(host, img, []), ref.ref, img.id);
}

/** Two images, the second tagged with the first four hex digits of the first's id. */
function hostWithLookalikeTag() {
  const first = image('first');
  const second = image('second');
  const lookalike = first.id.slice(7, 11);
  const host = tagged(tagged(createHost('laptop', []), 'app:latest', first), lookalike, second);
  return { host, first, second, lookalike };
}

describe('findLocalImage', () => {
  it('a tag wins over an image whose id starts with the same characters, as the daemon resolves it', () => {
    const { host, second, lookalike } = hostWithLookalikeTag();
    expect(findLocalImage(host, lookalike)?.id).toBe(second.id);
  });

  it('an id prefix that is no tag still finds its image', () => {
    const { host, first } = hostWithLookalikeTag();
    expect(findLocalImage(host, first.id.slice(7, 19))?.id).toBe(first.id);
  });

  it('a full id, with or without sha256:, finds the image by id', () => {
    const { host, first } = hostWithLookalikeTag();
    expect(findLocalImage(host, first.id)?.id).toBe(first.id);
    expect(findLocalImage(host, first.id.slice(7))?.id).toBe(first.id);
  });

  it('a name that is neither a tag nor an id prefix finds nothing', () => {
    const { host } = hostWithLookalikeTag();
    expect(findLocalImage(host, 'nosuch:1.0')).toBeUndefined();
  });
});
