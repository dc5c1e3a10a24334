/**
 * The Image panel: the image's totals, its layer stack (with a multi-stage build's other
 * stages and their COPY --from arrows), and beside it the merged filesystem, the selected
 * layer's changes and the host's disk use, as tabs. Which image: see current-image.ts.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { parseDockerfile } from '../../engine/dockerfile';
import type { DirNode } from '../../engine/fs/node';
import type { WastedEntry } from '../../engine/fs/stats';
import { useAppStore } from '../../store';
import { DiskView } from '../DiskView/DiskView';
import { ImageSummary } from '../ImageSummary/ImageSummary';
import { imageTotals } from '../ImageSummary/image-totals';
import { LayerDetail } from '../LayerDetail/LayerDetail';
import { MergedTree } from '../MergedTree/MergedTree';
import { finalStage, lastBuild, lastBuildOf } from './build-record';
import { CopyArrows, type CopyLink } from './CopyArrows';
import { pickImage, type ImageChoice } from './current-image';
import { EarlierStages } from './EarlierStages';
import { copyFromStage } from './instruction-text';
import { LayerStack } from './LayerStack';
import { usePlayback } from './playback/hooks';
import { findSelected } from './row-selection';
import { baseNameOf, stageByRef, stagesOf } from './stage-names';
import { imageTrees, stackModelOf } from './stack-model';
import { ViewTabs } from './ViewTabs';
import './ImagePanel.css';

type TabKey = 'files' | 'layer' | 'disk';

const NO_LAYERS: readonly DirNode[] = [];
const NO_WASTE: readonly WastedEntry[] = [];

export function ImagePanel() {
  usePlayback();
  const status = useAppStore((s) => s.status);
  const world = useAppStore((s) => s.snapshot?.world);
  const transcript = useAppStore((s) => s.transcript);
  const hostFiles = useAppStore((s) => s.hostFiles);
  const selectedId = useAppStore((s) => s.selection.layer);
  const select = useAppStore((s) => s.select);
  const announce = useAppStore((s) => s.announce);
  const [choice, setChoice] = useState<ImageChoice | null>(null);
  const [tab, setTab] = useState<TabKey>('files');
  const stacks = useRef<HTMLDivElement>(null);

  const host = world?.hosts[world.current];
  const last = useMemo(() => lastBuild(transcript), [transcript]);
  const image = pickImage(host, choice, last);
  const record = useMemo(
    () => (image ? lastBuildOf(transcript, image.id) : undefined),
    [transcript, image],
  );
  const builtDockerfile = hostFiles.find((f) => f.path === 'Dockerfile')?.text ?? '';
  const stages = useMemo(() => stagesOf(parseDockerfile(builtDockerfile)), [builtDockerfile]);
  // Remembered per image (stack-model.ts): a docker run makes a new host state, not a new
  // model, so the views memoised on these do not redraw.
  const model = useMemo(
    () => (host && image ? stackModelOf(host, image, record) : undefined),
    [host, image, record],
  );
  const layers = useMemo(
    () => (host && image ? imageTrees(host, image) : NO_LAYERS),
    [host, image],
  );
  const labels = useMemo(() => layerLabels(model?.rows ?? []), [model]);
  const onSelected = useCallback(() => setTab('layer'), []);
  const onCloseDetail = useCallback(() => {
    select({ layer: null });
    setTab('files');
  }, [select]);
  // Computed once per image (cached with the summary's totals).
  const waste = host && image ? imageTotals(host, image).waste : NO_WASTE;

  if (!host || !model || !image) {
    return (
      <div className="lc-imagepanel lc-imagepanel--empty">
        {status === 'loading' ? (
          <p className="lc-hint">Loading the simulated computer…</p>
        ) : (
          <p className="lc-hint">
            No image yet. Press <strong>Build</strong> to run <code>docker build -t app .</code>
          </p>
        )}
        {last?.failure && <BuildFailure failure={last.failure} />}
      </div>
    );
  }

  const shipped = record ? finalStage(record, image) : undefined;
  const others = record && shipped ? record.stages.filter((s) => s !== shipped) : [];
  const links: CopyLink[] = [];
  if (record && shipped)
    for (const step of record.steps.filter((s) => s.stage === shipped)) {
      const ref = copyFromStage(step.instruction);
      const stage = ref ? stageByRef(stages, ref) : undefined;
      const row = model.rows.find((r) => r.layerIndex === step.index && !r.metadata);
      if (stage && row && others.includes(stage.label))
        links.push({ stage: stage.label, historyIndex: row.historyIndex });
    }
  const followsEditor = image.id === last?.imageId;
  const selected = findSelected(model.rows, selectedId);
  const failedSince = last && !last.ok && last.entryId > (record?.entryId ?? 0);

  return (
    <div className="lc-imagepanel">
      <ImageSummary
        host={host}
        image={image}
        onChoose={(id) => setChoice({ imageId: id, atBuild: last?.entryId })}
        shippedStage={others.length > 0 ? shipped : undefined}
      />
      <div className="lc-imagepanel__body">
        <div className="lc-imagepanel__stack">
          <p className="lc-stack__caption">
            Each instruction adds a history entry. Only <strong>RUN</strong>, <strong>COPY</strong>,{' '}
            <strong>ADD</strong> and <strong>WORKDIR</strong> add files (slabs); the rest are
            0&nbsp;B settings.
          </p>
          {failedSince && last.failure && <BuildFailure failure={last.failure} previous />}
          <div
            ref={stacks}
            className={`lc-imagepanel__stacks${others.length ? ' lc-imagepanel__stacks--multi' : ''}`}
          >
            {record && others.length > 0 && (
              <EarlierStages build={record} stages={others} info={stages} />
            )}
            <div className="lc-imagepanel__shipped">
              {others.length > 0 && (
                <p className="lc-stage__title">
                  <strong>stage {shipped}</strong>
                  <span className="lc-stage__note lc-stage__note--shipped">shipped</span>
                </p>
              )}
              <LayerStack
                model={model}
                buildEntryId={record?.entryId}
                baseName={followsEditor ? baseNameOf(stages, shipped) : undefined}
                followsEditor={followsEditor}
                onSelected={onSelected}
              />
            </div>
            {links.length > 0 && <CopyArrows container={stacks} links={links} />}
          </div>
        </div>
        <div className="lc-imagepanel__views">
          <ViewTabs<TabKey>
            label="Image views"
            active={tab}
            onChange={setTab}
            tabs={[
              {
                key: 'files',
                label: 'Merged files',
                render: () => (
                  <MergedTree
                    layers={layers}
                    baseLayers={model.baseLayers}
                    layerLabels={labels}
                    workdir={image.config.WorkingDir || '/'}
                    selectedLayer={selected?.layerIndex}
                  />
                ),
              },
              {
                key: 'layer',
                label: 'Layer changes',
                render: () => (
                  <LayerDetail
                    row={selected}
                    layers={layers}
                    baseLayers={model.baseLayers}
                    waste={waste}
                    layerLabels={labels}
                    announce={announce}
                    onClose={onCloseDetail}
                  />
                ),
              },
              {
                key: 'disk',
                label: 'Disk use',
                render: () => <DiskView host={host} image={image} baseLayers={model.baseLayers} />,
              },
            ]}
          />
        </div>
      </div>
    </div>
  );
}

/** The instruction that made each layer, by layer index. */
function layerLabels(rows: readonly { layerIndex?: number; instruction: string }[]): string[] {
  const labels: string[] = [];
  for (const row of rows)
    if (row.layerIndex !== undefined) labels[row.layerIndex] = row.instruction;
  return labels;
}

function BuildFailure({
  failure,
  previous = false,
}: {
  failure: { message: string; line?: number };
  previous?: boolean;
}) {
  return (
    <div className="lc-buildfail">
      <p>
        <strong>The last build failed{failure.line ? ` at line ${failure.line}` : ''}.</strong>{' '}
        {previous && 'The stack below is the image from before. '}
      </p>
      <p className="lc-buildfail__message">{failure.message}</p>
    </div>
  );
}
