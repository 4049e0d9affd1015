/**
 * An error boundary around one part of the window (an area of the shell, the shell, the startup
 * screens). A throw while rendering replaces that part with the error surface; a failed task or a
 * promise nobody handled (failure-sink.ts) shows the surface inline above it. Both are cleared when
 * the route changes (`resetKey`) and by "Back to the case list".
 */
import { Component, createContext, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import type { Locale } from '../../shared/locale';
import type { Platform } from '../platform/platform';
import type { Failure, FailureArea } from './failure';
import { listenForFailures } from './failure-sink';
import { ErrorSurface } from './ErrorSurface';
import { navigate } from './routes';

/** How many boundaries enclose this point of the tree: the deepest mounted one takes unhandled failures. */
const BoundaryDepth = createContext(0);

export interface ErrorBoundaryProps {
  readonly area: FailureArea;
  readonly locale: Locale;
  readonly platform: Platform;
  /** The route: when it changes, a shown failure is cleared and the children are tried again. */
  readonly resetKey: string;
  /** 'area' inside the shell, 'screen' over the whole window. */
  readonly variant?: 'area' | 'screen';
  /** Instead of going to #/cases (e.g. before the shell exists: reload there). */
  readonly onBack?: () => void;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly crash: Failure | undefined;
  readonly task: Failure | undefined;
  readonly resetKey: string;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, BoundaryState> {
  static override contextType = BoundaryDepth;
  declare context: ContextType<typeof BoundaryDepth>;
  override state: BoundaryState = { crash: undefined, task: undefined, resetKey: this.props.resetKey };
  private unlisten: (() => void) | undefined;

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { crash: { error, source: 'render' } };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { resetKey: props.resetKey, crash: undefined, task: undefined };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ crash: { error, source: 'render', componentStack: info.componentStack ?? undefined } });
  }

  override componentDidMount(): void {
    this.unlisten = listenForFailures(this.context + 1, (failure) => this.setState({ task: failure }));
  }

  override componentWillUnmount(): void {
    this.unlisten?.();
    this.unlisten = undefined;
  }

  private readonly reset = () => this.setState({ crash: undefined, task: undefined });

  private readonly back = () => {
    if (this.props.onBack) {
      this.props.onBack();
      this.reset();
    } else if (window.location.hash === '#/cases') {
      this.reset();
    } else {
      // The new route clears the failure (resetKey).
      navigate('cases');
    }
  };

  override render(): ReactNode {
    const { area, locale, platform, variant = 'area', children } = this.props;
    const { crash, task } = this.state;
    if (crash) return <ErrorSurface failure={crash} area={area} locale={locale} platform={platform} variant={variant} onBack={this.back} />;
    return (
      <BoundaryDepth.Provider value={this.context + 1}>
        {task && (
          <ErrorSurface failure={task} area={area} locale={locale} platform={platform} variant="inline" onDismiss={() => this.setState({ task: undefined })} />
        )}
        {children}
      </BoundaryDepth.Provider>
    );
  }
}
