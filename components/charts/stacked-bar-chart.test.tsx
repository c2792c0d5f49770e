// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { withIntl } from "@/tests/helpers/with-intl";
import { StackedBarChart } from "./stacked-bar-chart";

afterEach(cleanup);

const chart = (
  <StackedBarChart
    title="Uitgaande contacten per week"
    data={[
      { label: "1 dec", within: 1234, against: 5 },
      { label: "8 dec", within: 0, against: 2 },
    ]}
    series={[
      { key: "within", label: "Binnen het beleid", color: "#2f7d6d" },
      { key: "against", label: "Tegen het beleid in", color: "#b45309" },
    ]}
    xLabel="Week van"
    yLabel="Contacten"
    emptyTitle="Geen uitgaand contact"
  />
);

describe("StackedBarChart", () => {
  it("is a named figure whose drawing takes no focus and whose figures are a table", () => {
    const { container } = render(withIntl(chart));
    const figure = screen.getByRole("figure");
    expect(figure.querySelector("figcaption")?.textContent).toContain("Uitgaande contacten per week");
    expect(container.querySelector('svg[tabindex], [tabindex]:not([tabindex="-1"])')).toBeNull();
    expect(within(figure).getByText("Cijfers als tabel tonen")).toBeTruthy();
    const table = within(figure).getByRole("table", { hidden: true });
    expect(table.textContent).toContain("1.234");
  });

  it("writes numbers the English way for English staff", () => {
    render(withIntl(chart, "en"));
    expect(screen.getByText("Show the figures as a table")).toBeTruthy();
    expect(screen.getByRole("table", { hidden: true }).textContent).toContain("1,234");
  });

  it("says so when there is nothing to draw", () => {
    render(
      withIntl(
        <StackedBarChart
          title="Uitgaande contacten per week"
          data={[{ label: "1 dec", within: 0 }]}
          series={[{ key: "within", label: "Binnen het beleid", color: "#2f7d6d" }]}
          xLabel="Week van"
          yLabel="Contacten"
          emptyTitle="Geen uitgaand contact"
        />,
      ),
    );
    expect(screen.getByRole("heading", { name: "Geen uitgaand contact" })).toBeTruthy();
    expect(screen.queryByRole("table", { hidden: true })).toBeNull();
  });
});
