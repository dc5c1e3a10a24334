/**
 * A multi-stage build's other stages, each as a small stack of its own, labelled "not
 * shipped": their layers stay in the build cache, only what a `COPY --from` takes reaches
 * the image, so they are drawn in greys with dashed edges, not in the image's layer
 * colours. Arrows (CopyArrows) join each stage to the COPY that reads from it.
 */
import { humanBytes } from '../../engine/build/human-bytes';
import type { BuildRecord } from './build-record';
import { slabThickness } from './slab-scale';
import type { StageInfo } from './stage-names';

interface Props {
  build: BuildRecord;
  /** Stage labels other than the shipped one, in build order. */
  stages: readonly string[];
  info: readonly StageInfo[];
}

export function EarlierStages({ build, stages, info }: Props) {
  return (
    <div className="lc-stages">
      {stages.map((stage) => {
        const steps = build.steps.filter((s) => s.stage === stage).reverse();
        const from = info.find((i) => i.label === stage)?.from;
        return (
          <section
            key={stage}
            className="lc-stage"
            data-stage={stage}
            aria-label={`Stage ${stage}`}
          >
            <p className="lc-stage__title">
              <strong>stage {stage}</strong>
              <span className="lc-stage__note">not shipped</span>
            </p>
            <ul role="list" aria-label={`Layers of stage ${stage}`} className="lc-stack__list">
              {steps.map((step) => (
                <li
                  key={`${step.index}:${step.diffId ?? ''}`}
                  className="lc-slab lc-slab--fs lc-slab--mini"
                  data-tone={`base-${step.index % 3}`}
                  style={{ minHeight: `${slabThickness(step.size ?? 0) * 0.7}em` }}
                >
                  <span className="lc-slab__fill" aria-hidden="true" />
                  <span className="lc-slab__main lc-slab__main--static">
                    <span className="lc-slab__instruction" title={step.instruction}>
                      {step.instruction}
                    </span>
                    <span className="lc-slab__meta">
                      {step.cached && (
                        <span className="lc-badge lc-badge--settled-cached">CACHED</span>
                      )}
                      <span className="lc-slab__size">{humanBytes(step.size ?? 0)}</span>
                    </span>
                  </span>
                </li>
              ))}
            </ul>
            {from && <p className="lc-stage__from">FROM {from}</p>}
          </section>
        );
      })}
    </div>
  );
}
