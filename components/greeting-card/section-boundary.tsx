"use client";

import { Component, type ReactNode } from "react";
import { SectionFailed } from "./section-failed";

type State = { hasError: boolean };

/**
 * Keeps one broken section from taking the card down: it shows that section's error with a retry,
 * and the receptionist still sees the rest.
 */
export class SectionBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { hasError: false };

  static getDerivedStateFromError(): State {
    return { hasError: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (this.state.hasError) return <SectionFailed onRetry={() => this.setState({ hasError: false })} />;
    return this.props.children;
  }
}
