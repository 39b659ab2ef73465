import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ChapterBoundaryProps {
  id: string;
  title: string;
  children: ReactNode;
}

/**
 * Keeps a failure inside one chapter: the chapter shows a short apology with a reload link
 * (keeping its id, so links to it still land), and every other chapter keeps working.
 */
export class ChapterBoundary extends Component<ChapterBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept for whoever opens the console; the reader sees the message below.
    console.warn(`Chapter “${this.props.title}” stopped working:`, error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section id={this.props.id} className="chapter chapter--failed" aria-labelledby={`${this.props.id}-title`}>
        <h2 id={`${this.props.id}-title`} className="chapter__title">
          {this.props.title}
        </h2>
        <div className="notice" role="alert">
          <p>
            Sorry: something went wrong in this chapter, and it could not be shown. The rest of the page still works.
          </p>
          <p>
            <a href={window.location.href} onClick={() => window.location.reload()}>
              Reload the page
            </a>{' '}
            to try again; your sliders and data are kept in the address.
          </p>
        </div>
      </section>
    );
  }
}
