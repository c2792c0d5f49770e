import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CustomerListPage, CustomerListRow } from "@/lib/customers/list-customers";
import { withIntl } from "@/tests/helpers/with-intl";
import { CustomerResults } from "./customer-results";

const now = new Date("2026-12-07T12:00:00Z");
const row = (overrides: Partial<CustomerListRow>): CustomerListRow => ({
  id: "0192f0c4-1b2e-7a00-8000-000000000001",
  firstName: "Anna",
  lastName: "de Vries",
  preferredName: null,
  city: "Haarlem",
  lastSeenAt: new Date("2026-12-04T10:00:00Z"),
  firstTouchChannel: "booking_com",
  email: "anna@example.nl",
  match: null,
  ...overrides,
});
const page = (overrides: Partial<CustomerListPage>): CustomerListPage => ({
  rows: [],
  nextCursor: null,
  query: null,
  isFirstPage: true,
  hasMore: false,
  problem: null,
  ...overrides,
});
const html = (result: CustomerListPage, locale: "nl" | "en" = "nl") =>
  renderToStaticMarkup(withIntl(<CustomerResults page={result} now={now} />, locale));

describe("CustomerResults", () => {
  it("says what was found in Dutch, with each column's name for the stacked cards", () => {
    const markup = html(
      page({
        query: "GV-0A3FZ",
        rows: [
          row({
            preferredName: "Ans",
            match: { kind: "booking_ref", value: "GV-0A3FZ-01" },
          }),
        ],
      }),
    );
    expect(markup).toContain("Klanten bij “GV-0A3FZ”");
    expect(markup).toContain("1 klant, beste resultaat eerst");
    expect(markup).toContain("Roepnaam: Ans");
    expect(markup).toContain("Gevonden op boekingsnummer");
    expect(markup).toContain("GV-0A3FZ-01");
    expect(markup).toContain("Woonplaats");
    expect(markup).toContain("3 dagen geleden");
    expect(markup).toContain("Booking.com");
  });

  it("counts in Dutch plurals and names an unnamed customer", () => {
    const markup = html(page({ rows: [row({}), row({ id: "b", firstName: null, lastName: null })] }));
    expect(markup).toContain("Alle klanten");
    expect(markup).toContain("2 klanten, op achternaam");
    expect(markup).toContain("Klant zonder naam");
  });

  it("explains an empty search and stays English for English staff", () => {
    expect(html(page({ query: "Qxqx" }))).toContain("Geen klanten gevonden voor “Qxqx”");
    const english = html(page({ query: "Jansen", rows: [row({})], hasMore: true }), "en");
    expect(english).toContain("Customers matching “Jansen”");
    expect(english).toContain("The customer that matches best");
    expect(english).toContain("More customers match.");
    expect(english).toContain("3 days ago");
  });
});
