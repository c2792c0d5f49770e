// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { PolicyVersionSummary } from "@/lib/contact-policy/list-policy-versions";
import { withIntl } from "@/tests/helpers/with-intl";
import { PolicyVersionHistory } from "./policy-version-history";

afterEach(cleanup);

const versions: PolicyVersionSummary[] = [
  {
    version: 2,
    createdAt: new Date("2026-12-07T13:05:00Z"),
    createdByName: "Sanne de Boer",
    note: "Minder aanbiedingen",
    changes: [
      { path: "marketing.maxContacts", kind: "value", from: 4, to: 2 },
      { path: "quietHours.dates", kind: "list", added: ["2026-12-25"], removed: [] },
    ],
  },
  { version: 1, createdAt: new Date("2026-11-01T09:00:00Z"), createdByName: null, note: null, changes: null },
];

describe("PolicyVersionHistory", () => {
  it("tells each version's changes in Dutch, newest first, with who and when", () => {
    render(withIntl(<PolicyVersionHistory versions={versions} totalVersions={3} />));
    const latest = screen.getByRole("list", { name: "Beleidsversies" }).children[0]!;
    expect(latest.textContent).toContain("v2");
    expect(latest.textContent).toContain("geldt nu");
    expect(latest.textContent).toContain("7 december 2026 om 14:05");
    expect(latest.textContent).toContain("door Sanne de Boer");
    expect(latest.textContent).toContain("Marketingcontacten per periode: 4 → 2");
    expect(latest.textContent).toContain("Stille dagen: 25 december 2026 toegevoegd");
    expect(screen.getByText(/door een verwijderd account/)).toBeTruthy();
    expect(
      screen.getByText("Deze instellingen passen niet meer bij het huidige beleidsformulier."),
    ).toBeTruthy();
    expect(screen.getByText(/De nieuwste 2 van 3 versies/)).toBeTruthy();
  });

  it("speaks English to English staff", () => {
    render(withIntl(<PolicyVersionHistory versions={versions} totalVersions={2} />, "en"));
    expect(screen.getByText("Marketing contacts per window: 4 → 2")).toBeTruthy();
    expect(screen.getByText("Quiet dates: added 25 December 2026")).toBeTruthy();
  });
});
