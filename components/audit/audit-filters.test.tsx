// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { withIntl } from "@/tests/helpers/with-intl";
import { AuditFilters } from "./audit-filters";

afterEach(cleanup);

describe("AuditFilters", () => {
  it("shows the dates the Dutch way and still submits them as ?from=YYYY-MM-DD", () => {
    const { container } = render(
      withIntl(<AuditFilters values={{ from: "2026-11-01", to: "2026-11-30" }} />),
    );
    expect((screen.getByRole("textbox", { name: "Van" }) as HTMLInputElement).value).toBe("01-11-2026");
    expect((screen.getByRole("textbox", { name: "Tot en met" }) as HTMLInputElement).value).toBe(
      "30-11-2026",
    );
    const form = container.querySelector("form")!;
    expect(form.getAttribute("method")).toBe("get");
    expect(Object.fromEntries(new FormData(form))).toMatchObject({ from: "2026-11-01", to: "2026-11-30" });
  });

  it("names the actions in words", () => {
    render(withIntl(<AuditFilters values={{}} />));
    const select = screen.getByRole("combobox", { name: "Handeling" });
    const option = [...select.querySelectorAll("option")].find((o) => o.value === "customer.view");
    expect(option?.textContent).toBe("Klantbeeld geopend");
  });
});
