"use client";

import { CircleAlert } from "lucide-react";
import { Component, type ReactNode } from "react";

type Props = { title: string; hint: string; children: ReactNode };

/**
 * Keeps one failing section from taking the whole page down: the rest of the page stays usable
 * and this section says what failed. Reloading the page tries again.
 */
export class SectionErrorBoundary extends Component<Props, { hasFailed: boolean }> {
  override state = { hasFailed: false };

  static getDerivedStateFromError() {
    return { hasFailed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (!this.state.hasFailed) return this.props.children;
    return (
      <div
        role="alert"
        className="flex items-start gap-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800"
      >
        <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <p>
          <span className="font-medium">{this.props.title}</span> {this.props.hint}
        </p>
      </div>
    );
  }
}
