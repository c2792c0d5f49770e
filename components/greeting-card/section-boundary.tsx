"use client";

import { unstable_rethrow } from "next/navigation";
import { Component, type ReactNode } from "react";
import { SectionFailed } from "./section-failed";

type SectionBoundaryProps = {
  children: ReactNode;
  /** What shows instead of the broken part; by default the card section's one-line error. */
  fallback?: (retry: () => void) => ReactNode;
};
type State = { hasError: boolean };

/**
 * Keeps one broken section from taking the page down: it shows that section's error with a retry,
 * and the receptionist still sees the rest.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, State> {
  override state: State = { hasError: false };

  static getDerivedStateFromError(error: unknown): State {
    // notFound(), redirect() and the like are answers, not faults: Next's own boundaries take them.
    unstable_rethrow(error);
    return { hasError: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  private retry = () => this.setState({ hasError: false });

  override render() {
    if (!this.state.hasError) return this.props.children;
    return this.props.fallback ? this.props.fallback(this.retry) : <SectionFailed onRetry={this.retry} />;
  }
}
