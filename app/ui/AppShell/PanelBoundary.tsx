/**
 * An error boundary around one panel: a view that throws shows what happened and a button
 * that mounts it again, while the other panels keep working. The person's Dockerfile lives
 * in the store (and localStorage), not in any panel, so no failure here can lose it.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** The panel's name as people read it: "Editor", "Image", "Terminal". */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by the recovery button: a new key mounts the panel afresh. */
  attempt: number;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Visible in the console for bug reports; the panel shows the short version.
    console.error(`Layercake: the ${this.props.name} panel failed`, error, info.componentStack);
  }

  private recover = () => {
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render() {
    const { error, attempt } = this.state;
    if (error) {
      return (
        <div className="lc-panel-error" role="alert">
          <p>
            <strong>The {this.props.name} panel stopped working.</strong> Your Dockerfile and files
            are safe.
          </p>
          <p className="lc-panel-error__detail">{error.message}</p>
          <button type="button" className="lc-button lc-button--primary" onClick={this.recover}>
            Reload the {this.props.name} panel
          </button>
        </div>
      );
    }
    return <PanelKey key={attempt}>{this.props.children}</PanelKey>;
  }
}

function PanelKey({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
