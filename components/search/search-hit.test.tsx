import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { withIntl } from "@/tests/helpers/with-intl";
import { SearchHit } from "./search-hit";
import type { SearchHitJson } from "./use-customer-search-query";

const now = new Date("2026-12-07T12:00:00Z");
const hit = (overrides: Partial<SearchHitJson>): SearchHitJson => ({
  id: "0192f0c4-1b2e-7a00-8000-000000000001",
  firstName: "Femke",
  lastName: "Zwartendijk",
  preferredName: null,
  city: "Haarlem",
  lastSeenAt: "2026-12-04T10:00:00Z",
  firstTouchChannel: "web",
  email: null,
  match: { kind: "name" },
  ...overrides,
});
const html = (value: SearchHitJson, locale: "nl" | "en" = "nl") =>
  renderToStaticMarkup(withIntl(<SearchHit hit={value} now={now} />, locale));

describe("SearchHit", () => {
  it("tells two people apart in Dutch: city, last seen and how they were found", () => {
    const markup = html(hit({ match: { kind: "similar_name" }, preferredName: "Fem" }));
    expect(markup).toContain("Femke Zwartendijk");
    expect(markup).toContain("roepnaam Fem");
    expect(markup).toContain("Laatst gezien 3 dagen geleden");
    expect(markup).toContain("Vergelijkbare spelling");
  });

  it("labels identifiers with the product's words and says what is unknown", () => {
    const markup = html(
      hit({ city: null, lastSeenAt: null, match: { kind: "order_number", value: "W-1234" } }),
    );
    expect(markup).toContain("Bestelnummer");
    expect(markup).toContain("W-1234");
    expect(markup).toContain("Woonplaats onbekend");
    expect(markup).toContain("Nog niet gezien");
    expect(html(hit({ match: { kind: "booking_ref", value: "GV-1" } }))).toContain("Boekingsnummer");
  });

  it("speaks English for English staff", () => {
    const markup = html(hit({ match: { kind: "phone", value: "+31 6 ** ** ** 12" } }), "en");
    expect(markup).toContain("Last seen 3 days ago");
    expect(markup).toContain("Phone");
  });
});
