import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { UiLocale } from "@/i18n/locales";
import type { CustomerBadges } from "@/lib/boards/board-types";
import { withIntl } from "@/tests/helpers/with-intl";
import { CustomerBadgeList } from "./customer-badges";

const badges: CustomerBadges = {
  previousVisits: 2,
  openComplaints: [
    { reference: "C-1042", reason: "Straatlawaai 's nachts", openedAt: "2026-11-20T09:00:00Z" },
  ],
  preferences: [
    { kind: "preference", label: "Kamer", value: "Hoog, weg van de lift" },
    { kind: "dietary", label: "Dieet", value: "Vegetarisch" },
    { kind: "accessibility", label: "Toegang", value: "Drempelvrije kamer" },
  ],
};
const contactBadges = [
  {
    kind: "no_survey" as const,
    label: "No survey",
    reason: "Surveyed on 18 Nov; the next one from 18 Dec",
    reasons: {
      nl: "Enquête gehad op 18 nov.; volgende vanaf 18 dec.",
      en: "Surveyed on 18 Nov; the next one from 18 Dec",
    },
  },
];

function render(locale: UiLocale = "nl", channel: "booking_com" | "direct" = "booking_com") {
  return renderToStaticMarkup(
    withIntl(
      <CustomerBadgeList badges={badges} contactBadges={contactBadges} channel={channel} visitKind="stay" />,
      locale,
    ),
  );
}

/** The text of the element an attribute id points at. */
function textOf(html: string, id: string): string {
  const match = new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html);
  return match?.[1] ?? "";
}

/** Each badge that is a button: its words and the description it points at. */
function buttons(html: string) {
  return [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map(([, attributes = "", inner = ""]) => ({
    attributes,
    text: inner.replace(/<[^>]+>/g, "").replaceAll("&#x27;", "'"),
    classes: /class="([^"]*)"/.exec(attributes)?.[1] ?? "",
    description: /aria-describedby="([^"]+)"/.exec(attributes)?.[1],
  }));
}

/** The words of every badge, buttons and plain ones alike. */
function badgeTexts(html: string): string[] {
  return [...html.matchAll(/<span class="min-w-0[^"]*">(.*?)<\/span>/g)].map(([, inner = ""]) =>
    inner.replaceAll("&#x27;", "'"),
  );
}

describe("board badges", () => {
  it("say who the guest is in Dutch, with every word kept", () => {
    expect(badgeTexts(render())).toEqual([
      "Open klacht: Straatlawaai 's nachts",
      "Geen enquête",
      "Terugkerende gast · 2 verblijven",
      "via Booking.com",
      "Kamer: Hoog, weg van de lift",
      "Dieet: Vegetarisch",
      "+1",
    ]);
    // Nothing cuts a badge off: long words wrap onto a second line instead.
    expect(render()).not.toContain("truncate");
  });

  it("say it in English for English-speaking staff, and name a direct booking without 'via'", () => {
    expect(badgeTexts(render("en", "direct"))).toEqual([
      "Open complaint: Straatlawaai 's nachts",
      "No survey",
      "Returning · 2 stays",
      "Direct booking",
      "Kamer: Hoog, weg van de lift",
      "Dieet: Vegetarisch",
      "+1",
    ]);
    expect(badgeTexts(render("nl", "direct"))).toContain("Direct geboekt");
  });

  it("offer the complaint's and the contact rule's reason to keyboard, touch and screen readers", () => {
    const html = render();
    const [complaint, noSurvey] = buttons(html);
    expect(complaint?.text).toBe("Open klacht: Straatlawaai 's nachts");
    expect(textOf(html, complaint!.description!).replaceAll("&#x27;", "'")).toBe(
      "Straatlawaai 's nachts (C-1042, 20 november 2026)",
    );
    expect(noSurvey?.text).toBe("Geen enquête");
    expect(textOf(html, noSurvey!.description!)).toBe("Enquête gehad op 18 nov.; volgende vanaf 18 dec.");
    for (const button of [complaint, noSurvey]) {
      expect(button?.attributes).toContain('type="button"');
      expect(button?.attributes).toContain('aria-haspopup="dialog"');
      // A finger-sized target around the compact pill: 24 px and 10 px above and below.
      expect(button?.classes).toContain("py-2.5");
    }
  });

  it("never keep a reason in a title tooltip only", () => {
    expect(render()).not.toContain("title=");
  });

  it("let the hidden preferences behind +n be opened, and keep plain badges plain", () => {
    const html = render();
    const more = buttons(html).find((button) => button.text === "+1");
    expect(textOf(html, more!.description!)).toBe("Toegang: Drempelvrije kamer");
    // A shown preference says all it has to say: its words are never cut off, so it is no button.
    expect(buttons(html).map((button) => button.text)).toEqual([
      "Open klacht: Straatlawaai 's nachts",
      "Geen enquête",
      "+1",
    ]);
    expect(html).toMatch(
      /<li[^>]*><span[^>]*>(<svg[^>]*>.*?<\/svg>)<span[^>]*>Terugkerende gast · 2 verblijven<\/span><\/span><\/li>/,
    );
  });
});
