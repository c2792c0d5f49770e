import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CustomerBadges } from "@/lib/boards/board-types";
import { CustomerBadgeList } from "./customer-badges";

const badges: CustomerBadges = {
  previousVisits: 2,
  openComplaints: [
    { reference: "C-1042", reason: "Street noise at night", openedAt: "2026-11-20T09:00:00Z" },
  ],
  preferences: [
    { kind: "preference", label: "Room", value: "High floor, away from the lift" },
    { kind: "dietary", label: "Diet", value: "Vegetarian" },
    { kind: "accessibility", label: "Access", value: "Step-free room" },
  ],
};
const contactBadges = [
  { kind: "no_survey" as const, label: "No survey", reason: "Surveyed on 18 Nov; next survey from 18 Dec." },
];

function render() {
  return renderToStaticMarkup(
    <CustomerBadgeList
      badges={badges}
      contactBadges={contactBadges}
      channel="booking_com"
      visitKind="stay"
    />,
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
    text: inner.replace(/<[^>]+>/g, ""),
    description: /aria-describedby="([^"]+)"/.exec(attributes)?.[1],
  }));
}

describe("board badges", () => {
  it("offer the complaint's and the contact rule's reason to keyboard, touch and screen readers", () => {
    const html = render();
    const [complaint, noSurvey] = buttons(html);
    expect(complaint?.text).toBe("Open complaint: Street noise at night");
    expect(textOf(html, complaint!.description!)).toBe("Street noise at night (C-1042, 20 November 2026)");
    expect(noSurvey?.text).toBe("No survey");
    expect(textOf(html, noSurvey!.description!)).toBe("Surveyed on 18 Nov; next survey from 18 Dec.");
    for (const button of [complaint, noSurvey]) {
      expect(button?.attributes).toContain('type="button"');
      expect(button?.attributes).toContain('aria-haspopup="dialog"');
    }
  });

  it("never keep a reason in a title tooltip only", () => {
    expect(render()).not.toContain("title=");
  });

  it("let the hidden preferences behind +n be opened, and keep plain badges plain", () => {
    const html = render();
    const more = buttons(html).find((button) => button.text === "+1");
    expect(textOf(html, more!.description!)).toBe("Access: Step-free room");
    // A preference badge's detail repeats its words (for when they are cut off): not read out twice.
    const room = buttons(html).find((button) => button.text.startsWith("Room:"));
    expect(room?.description).toBeUndefined();
    expect(html).toMatch(/<li[^>]*>(<svg[^>]*>.*?<\/svg>)<span[^>]*>Returning · 2 stays<\/span><\/li>/);
  });
});
