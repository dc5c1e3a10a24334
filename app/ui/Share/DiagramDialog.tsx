/**
 * Export the layer diagram of an image for slides: SVG (vector, editable) or PNG (twice
 * the size, for crisp projection). Drawn by app/share/layer-diagram.ts from the world.
 */
import { useId, useMemo, useState } from 'react';
import { DEFAULT_HOST } from '../../engine/host/world';
import { diagramModel } from '../../share/diagram-model';
import { layerDiagramSvg } from '../../share/layer-diagram';
import { useAppStore } from '../../store';
import { imageName, imageOptions, pickImage } from '../LayerStack/current-image';
import { downloadBlob, downloadText } from './download';
import { svgToPng } from './png';
import { useModal } from './use-modal';

const fileName = (name: string) => `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}-layers`;

export function DiagramDialog({ onClose }: { onClose: () => void }) {
  const ref = useModal();
  const ids = { title: useId(), image: useId(), fold: useId() };
  const world = useAppStore((s) => s.snapshot?.world);
  const host = world?.hosts[DEFAULT_HOST];
  const options = useMemo(() => (host ? imageOptions(host) : []), [host]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [foldBase, setFoldBase] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const image =
    host && chosen && Object.hasOwn(host.images, chosen)
      ? host.images[chosen as keyof typeof host.images]
      : pickImage(host, null, undefined);
  const name = host && image ? imageName(host, image) : '';
  const svg = useMemo(
    () => (host && image ? layerDiagramSvg(diagramModel(host, image, name), { foldBase }) : null),
    [host, image, name, foldBase],
  );
  const preview = useMemo(
    () => (svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` : null),
    [svg],
  );

  const png = async () => {
    if (!svg) return;
    try {
      downloadBlob(await svgToPng(svg), `${fileName(name)}.png`);
      setError(null);
    } catch (err) {
      setError(`The PNG could not be made (${err instanceof Error ? err.message : String(err)}).`);
    }
  };

  return (
    <dialog ref={ref} className="lc-share-dialog" aria-labelledby={ids.title} onClose={onClose}>
      <h2 id={ids.title}>Layer diagram for slides</h2>
      {!svg || !preview ? (
        <p>Build an image first: the diagram shows an image’s layers.</p>
      ) : (
        <>
          <div className="lc-share-dialog__row">
            <label htmlFor={ids.image}>Image</label>
            <select
              id={ids.image}
              value={image?.id ?? ''}
              onChange={(e) => setChosen(e.target.value)}
            >
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <input
              id={ids.fold}
              type="checkbox"
              checked={foldBase}
              onChange={(e) => setFoldBase(e.target.checked)}
            />
            <label htmlFor={ids.fold}>Fold the base image into one block</label>
          </div>
          <img
            className="lc-share-dialog__preview"
            src={preview}
            alt={`Layer diagram of ${name}`}
          />
          {error && <p role="alert">{error}</p>}
          <div className="lc-share-dialog__actions">
            <button
              type="button"
              onClick={() => downloadText(svg, `${fileName(name)}.svg`, 'image/svg+xml')}
            >
              Download SVG
            </button>
            <button type="button" onClick={() => void png()}>
              Download PNG
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
      {(!svg || !preview) && (
        <div className="lc-share-dialog__actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </dialog>
  );
}
