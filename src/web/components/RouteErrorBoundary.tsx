import { Component, type ReactNode } from 'react';
import i18n from '../i18n';
import { Alert } from './Alert';

interface Props {
  children: ReactNode;
  /** When this changes (the address), a failed page gets another try. */
  resetKey: string;
}

/**
 * Catches a page that fails to render or whose code chunk fails to load (e.g. after a new
 * deployment), and offers a reload instead of a blank screen.
 */
export class RouteErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidUpdate(prev: Props) {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert variant="error" role="alert">
        <p>{i18n.t('common.errors.pageFailed')}</p>
        <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
          {i18n.t('common.reload')}
        </button>
      </Alert>
    );
  }
}
