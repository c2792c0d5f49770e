// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withIntl } from "@/tests/helpers/with-intl";
import { AdminNav, fitTabs } from "./admin-nav";

vi.mock("next/link", () => ({
  default: ({ href, children, ...props }: { href: string; children: React.ReactNode }) => (
    <a href={href} {...props}>
      {children}
    </a>
  ),
}));

/** happy-dom lays nothing out: give every tab 100 px and the row the width a test asks for. */
function layout(rowWidth: number) {
  vi.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockReturnValue(100);
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(rowWidth);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("fitTabs", () => {
  it("keeps every tab when the row is wide enough", () => {
    expect([...fitTabs([100, 100, 100], 60, 400, 0)]).toEqual([0, 1, 2]);
  });

  it("moves what does not fit under More, keeping room for its button", () => {
    // 100 + 4 + 100 + 4 + More (60) = 268 fits in 300; a third tab does not.
    expect([...fitTabs([100, 100, 100, 100], 60, 300, 0)].sort()).toEqual([0, 1]);
  });

  it("never hides the current page in the menu, even when it is last", () => {
    const shown = fitTabs([100, 100, 100, 100], 60, 300, 3);
    expect(shown.has(3)).toBe(true);
    expect(shown.size).toBe(2);
  });
});

describe("AdminNav", () => {
  it("names the tabs in Dutch and marks the current page", () => {
    layout(2000);
    render(withIntl(<AdminNav role="admin" current="/admin/users" />));
    const nav = screen.getByRole("navigation", { name: "Beheer" });
    expect(nav).toBeTruthy();
    const current = screen.getByRole("link", { name: "Medewerkers" });
    expect(current.getAttribute("aria-current")).toBe("page");
    for (const name of ["Vestigingen", "Rollen", "API-sleutels", "Contactbeleid", "Inzagelogboek"]) {
      expect(screen.getByRole("link", { name })).toBeTruthy();
    }
  });

  it("shows a manager only the tabs of their role, in English when they chose it", () => {
    layout(2000);
    render(withIntl(<AdminNav role="manager" current="/audit" />, "en"));
    const names = screen.getAllByRole("link").map((link) => link.textContent);
    expect(names).toEqual(["Audit log", "Possible duplicates", "Merge history"]);
    expect(screen.queryByRole("button", { name: "More" })).toBeNull();
  });

  it("puts what does not fit under Meer on a narrow screen, keeping the current page in view", () => {
    layout(320);
    render(withIntl(<AdminNav role="admin" current="/admin/import" />));
    const names = screen.getAllByRole("link").map((link) => link.textContent);
    expect(names).toEqual(["Medewerkers", "CSV-import"]);
    expect(screen.getByRole("link", { name: "CSV-import" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("button", { name: "Meer" })).toBeTruthy();
  });
});
