/**
 * The image's read-only layers, drawn once under all the containers that share them: one
 * stripe per layer in the layer's colour (thicker for bigger layers), the base image's
 * greys at the bottom. Copy-ups lift from these stripes; whiteouts land on them.
 */
import { memo } from 'react';
import { humanBytes } from '../../engine/build/human-bytes';
import type { HostState } from '../../engine/host/state';
import type { Image } from '../../engine/images/image';
import { layerTag, layerTone } from '../LayerStack/layer-colors';
import { stripeThickness } from '../LayerStack/slab-scale';
import './ImagePlinth.css';

interface Props {
  host: HostState;
  image: Image | undefined;
  name: string;
  baseLayers: number;
  containers: number;
}

/** Memoised: a played step that only shows or updates a card leaves the plinth as it was. */
export const ImagePlinth = memo(function ImagePlinth({
  host,
  image,
  name,
  baseLayers,
  containers,
}: Props) {
  const layers = image?.diffIds.map((id) => host.layers[id]) ?? [];
  const size = layers.reduce((sum, l) => sum + (l?.size ?? 0), 0);
  return (
    <div className="lc-plinth">
      <div className="lc-plinth__stripes" aria-hidden="true">
        {[...layers.keys()].reverse().map((i) => (
          <span
            key={i}
            className="lc-plinth__stripe"
            data-plinth-layer={i}
            data-tone={layerTone(i, baseLayers)}
            style={{ height: `${Math.max(0.2, stripeThickness(layers[i]?.size ?? 0) * 0.6)}em` }}
            title={`${layerTag(i)}: ${humanBytes(layers[i]?.size ?? 0)}`}
          />
        ))}
      </div>
      <p className="lc-plinth__label">
        <strong>{name}</strong> <span>read-only image layers</span>{' '}
        <span className="lc-plinth__facts">
          {layers.length} layer{layers.length === 1 ? '' : 's'}, {humanBytes(size)},{' '}
          {containers === 0
            ? 'no containers now'
            : `shared by ${containers} container${containers === 1 ? '' : 's'}`}
        </span>
      </p>
    </div>
  );
});
