// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { withIntl } from "@/tests/helpers/with-intl";
import { LiveStatus } from "./live-status";
import { setLiveStatus } from "./live-status-store";

afterEach(() => {
  cleanup();
  act(() => setLiveStatus("off"));
});

describe("LiveStatus", () => {
  it("says in words whether the board is live, reconnecting or polling", () => {
    render(withIntl(<LiveStatus />));
    expect(screen.queryByRole("status")).toBeNull();
    act(() => setLiveStatus("live"));
    expect(screen.getByRole("status").textContent).toBe("Live");
    act(() => setLiveStatus("reconnecting"));
    expect(screen.getByRole("status").textContent).toBe("Opnieuw verbinden…");
    act(() => setLiveStatus("polling"));
    expect(screen.getByRole("status").textContent).toBe("Automatisch bijwerken elke 30 s");
  });

  it("in English for staff who chose it", () => {
    render(withIntl(<LiveStatus />, "en"));
    act(() => setLiveStatus("reconnecting"));
    expect(screen.getByRole("status").textContent).toBe("Reconnecting…");
  });
});
