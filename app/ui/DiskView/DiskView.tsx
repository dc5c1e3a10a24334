/**
 * What the host stores. The layers table lists each layer once, largest first, with a bar
 * on a linear scale (so the base image's weight is plain to see) and the images and
 * containers that use it; the totals are `docker system df`'s, with what the images would
 * take if nothing were shared beside them.
 */
import { humanBytes } from '../../engine/build/human-bytes';
import { humanSize } from '../../engine/cli/format/units';
import type { HostState } from '../../engine/host/state';
import { diskTotals } from '../../engine/inspect/disk-usage';
import type { Image } from '../../engine/images/image';
import { layerTag, layerTone } from '../LayerStack/layer-colors';
import { reclaimableText, storedLayerRows, systemDf } from './disk-model';
import './DiskView.css';

interface Props {
  host: HostState;
  /** The image the other views show: its layers get their colours here too. */
  image: Image | undefined;
  baseLayers: number;
}

export function DiskView({ host, image, baseLayers }: Props) {
  const rows = storedLayerRows(host);
  const df = systemDf(host);
  const totals = diskTotals(host);
  const biggest = Math.max(1, ...rows.map((r) => r.size));
  const saved = totals.imagesIfUnshared - totals.images;
  return (
    <div className="lc-disk">
      <div className="lc-disk__scroll" role="group" tabIndex={0} aria-label="docker system df">
        <table className="lc-disk__df">
          <caption>
            <code>docker system df</code> on {host.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">TYPE</th>
              <th scope="col">TOTAL</th>
              <th scope="col">ACTIVE</th>
              <th scope="col">SIZE</th>
              <th scope="col">RECLAIMABLE</th>
            </tr>
          </thead>
          <tbody>
            {df.map((row) => (
              <tr key={row.type}>
                <th scope="row">{row.type}</th>
                <td>{row.total}</td>
                <td>{row.active}</td>
                <td>{humanSize(row.size)}</td>
                <td>{reclaimableText(row, humanSize)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > 0 && (
        <p className="lc-disk__shared">
          {saved > 0 ? (
            <>
              Shared layers are stored once: the images take{' '}
              <strong>{humanBytes(totals.images)}</strong>, not the{' '}
              {humanBytes(totals.imagesIfUnshared)} their sizes add up to.
            </>
          ) : (
            <>
              Every layer is stored once, by its digest. Images that share a base share its layers.
            </>
          )}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="lc-hint">No image layers are stored on {host.name} yet.</p>
      ) : (
        <table className="lc-disk__layers">
          <caption>Layers stored, largest first</caption>
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Size</th>
              <th scope="col">Used by</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const index = image ? image.diffIds.indexOf(row.diffId as `sha256:${string}`) : -1;
              return (
                <tr key={row.diffId}>
                  <td className="lc-disk__layer">
                    <span
                      className="lc-disk__instruction"
                      title={`${row.instruction}\n${row.diffId}`}
                    >
                      {index >= 0 && (
                        <span className="lc-tag" data-tone={layerTone(index, baseLayers)}>
                          {layerTag(index)}
                        </span>
                      )}{' '}
                      {row.instruction || row.diffId.slice(7, 19)}
                    </span>
                  </td>
                  <td className="lc-disk__size">
                    <span>{humanBytes(row.size)}</span>
                    <span className="lc-disk__bar" aria-hidden="true">
                      <span style={{ transform: `scaleX(${row.size / biggest})` }} />
                    </span>
                  </td>
                  <td className="lc-disk__users">
                    {row.images.join(', ')}
                    {row.containers > 0 && (
                      <span className="lc-disk__containers">
                        {' '}
                        + {row.containers} container{row.containers === 1 ? '' : 's'}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
