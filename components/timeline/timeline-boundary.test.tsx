import { notFound } from "next/navigation";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { SectionBoundary } from "@/components/greeting-card/section-boundary";
import { withIntl } from "@/tests/helpers/with-intl";
import { TimelineBoundary } from "./timeline-boundary";

vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  useRouter: () => ({ refresh: vi.fn() }),
}));

/** The boundary as React leaves it after a child threw: render() with hasError set. */
function renderFailed(element: ReturnType<typeof TimelineBoundary>) {
  const boundary = new SectionBoundary(element.props as SectionBoundary["props"]);
  boundary.state = SectionBoundary.getDerivedStateFromError(new Error("database unavailable"));
  return renderToStaticMarkup(withIntl(<>{boundary.render()}</>));
}

describe("TimelineBoundary", () => {
  it("shows the journey's own error with a retry in place of a journey that failed", () => {
    const html = renderFailed(TimelineBoundary({ children: <p>journey</p> }));
    expect(html).toContain("Klantreis</h2>");
    expect(html).toContain('role="alert"');
    expect(html).toContain("De klantreis kon niet worden geladen");
    expect(html).toMatch(/<button[^>]*>.*Opnieuw proberen<\/button>/);
    expect(html).not.toContain("journey</p>");
  });

  it("renders the journey while nothing failed", () => {
    const html = renderToStaticMarkup(<TimelineBoundary>{<p>journey</p>}</TimelineBoundary>);
    expect(html).toBe("<p>journey</p>");
  });

  it("leaves notFound() to Next's not-found page", () => {
    let error: unknown;
    try {
      notFound();
    } catch (thrown) {
      error = thrown;
    }
    expect(() => SectionBoundary.getDerivedStateFromError(error)).toThrow();
  });
});
