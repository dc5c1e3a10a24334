/** The left panel: the Dockerfile editor with its problems, and the build context's files. */
import { AutoBuildSwitch } from './AutoBuild';
import { ContextFiles } from './ContextFiles';
import { DockerfileEditor } from './DockerfileEditor';
import './Editor.css';

export function EditorPanel() {
  return (
    <div className="lc-editor-panel">
      <AutoBuildSwitch />
      <DockerfileEditor />
      <ContextFiles />
    </div>
  );
}
