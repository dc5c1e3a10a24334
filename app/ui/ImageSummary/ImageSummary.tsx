/**
 * The image's totals above its stack: which image (a choice when the host has several),
 * its size, layers and history entries, and what a later layer hides (dive's wasted bytes
 * and efficiency): the answer to "why is this image so big?".
 */
import { useId } from 'react';
import { humanBytes } from '../../engine/build/human-bytes';
import type { HostState } from '../../engine/host/state';
import type { Image } from '../../engine/images/image';
import { imageName, imageOptions } from '../LayerStack/current-image';
import { imageTotals, percent } from './image-totals';
import './ImageSummary.css';

interface Props {
  host: HostState;
  image: Image;
  onChoose: (imageId: string) => void;
  /** Set for a multi-stage build: the stage that became the image. */
  shippedStage?: string | undefined;
}

export function ImageSummary({ host, image, onChoose, shippedStage }: Props) {
  const selectId = useId();
  const wasteId = useId();
  const totals = imageTotals(host, image);
  const options = imageOptions(host);
  const name = imageName(host, image);
  return (
    <div className="lc-summary">
      <div className="lc-summary__image">
        {options.length > 1 ? (
          <>
            <label htmlFor={selectId}>Image</label>
            <select
              id={selectId}
              className="lc-select lc-summary__select"
              value={image.id}
              onChange={(e) => onChoose(e.target.value)}
            >
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </>
        ) : (
          <span className="lc-summary__name">
            <span className="lc-summary__label">Image</span> <strong>{name}</strong>
          </span>
        )}
        {shippedStage && (
          <span className="lc-summary__shipped">
            ships the final stage, <strong>{shippedStage}</strong>
          </span>
        )}
      </div>
      <dl className="lc-summary__facts">
        <div>
          <dt>Size</dt>
          <dd>{humanBytes(totals.size)}</dd>
        </div>
        <div>
          <dt>Layers</dt>
          <dd>
            {totals.layers}{' '}
            <span className="lc-summary__aside">of {totals.entries} history entries</span>
          </dd>
        </div>
        <div>
          <dt>Wasted</dt>
          <dd aria-describedby={wasteId} className={totals.wasted > 0 ? 'is-wasteful' : ''}>
            {humanBytes(totals.wasted)}
          </dd>
        </div>
        <div>
          <dt>Efficiency</dt>
          <dd>{percent(totals.efficiency)}</dd>
        </div>
      </dl>
      <p id={wasteId} className="lc-visually-hidden">
        Wasted bytes are stored in a layer but hidden by a later layer that overwrote or deleted
        them. They still ship with the image.
      </p>
    </div>
  );
}
