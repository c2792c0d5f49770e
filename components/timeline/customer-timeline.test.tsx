// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatDayHeading } from "@/lib/format/dates";
import type { TimelineEntry, TimelinePage } from "@/lib/timeline/timeline-types";
import { withIntl } from "@/tests/helpers/with-intl";
import { CustomerTimeline } from "./customer-timeline";
import { OPTIMISTIC_PREFIX } from "./timeline-entry";

const url = vi.hoisted(() => ({ search: "" }));
vi.mock("next/navigation", () => ({
  usePathname: () => "/customers/c-1",
  useSearchParams: () => new URLSearchParams(url.search),
}));

const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
  url.search = "";
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function entry(
  overrides: Partial<TimelineEntry> & Pick<TimelineEntry, "id" | "type" | "occurredAt">,
): TimelineEntry {
  return {
    name: null,
    channel: "in_person",
    direction: "inbound",
    summary: "",
    reason: null,
    locationId: null,
    locationName: null,
    authorName: null,
    source: "pms",
    sourceEventId: `src-${overrides.id}`,
    withinPolicy: null,
    ...overrides,
  };
}

const note = entry({
  id: "e-3",
  type: "staff_note",
  occurredAt: "2025-03-14T15:00:00.000Z",
  summary: "Asked for a late check-out",
  locationName: "Hotel Amsterdam",
  authorName: "Sanne de Vries",
  source: "gastvrij",
});
const checkIn = entry({ id: "e-2", type: "check_in", occurredAt: "2025-03-14T12:00:00.000Z" });
const newsletter = entry({
  id: "e-1",
  type: "newsletter_sent",
  direction: "outbound",
  channel: "email",
  occurredAt: "2025-03-12T12:00:00.000Z",
});

function page(events: TimelineEntry[], more: Partial<TimelinePage> = {}): TimelinePage {
  return { events, nextCursor: null, searchedBackTo: null, filters: {}, ...more };
}

function renderTimeline(initialPage: TimelinePage, locale: "nl" | "en" = "nl") {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    withIntl(
      <QueryClientProvider client={client}>
        <CustomerTimeline customerId="c-1" initialPage={initialPage} locations={[]} />
      </QueryClientProvider>,
      locale,
    ),
  );
  return screen.getByRole("region", { name: locale === "nl" ? "Klantreis" : "Journey" });
}

const heading = (iso: string) => formatDayHeading(new Date(iso), new Date(), "nl");

describe("CustomerTimeline", () => {
  it("groups the journey by day, newest first, each event with its direction in words", () => {
    const journey = renderTimeline(page([note, checkIn, newsletter]));
    const days = within(journey)
      .getAllByRole("listitem")
      .filter((item) => item.querySelector("h3"));
    expect(days.map((day) => within(day).getByRole("heading").textContent)).toEqual([
      heading(note.occurredAt),
      heading(newsletter.occurredAt),
    ]);
    const [first, second] = days.map((day) => within(day).getAllByRole("article"));
    expect(first!.map((event) => event.textContent)).toEqual([
      expect.stringMatching(
        /^Van de klant.*Notitie van collega.*Asked for a late check-out.*Hotel Amsterdam.*Sanne de Vries/,
      ),
      expect.stringMatching(/^Van de klant.*Ingecheckt/),
    ]);
    expect(second!.map((event) => event.textContent)).toEqual([
      expect.stringMatching(/^Naar de klant.*Nieuwsbrief verstuurd.*E-mail/),
    ]);
    expect(within(journey).getByRole("status").textContent).toBe("Hier begint de klantreis.");
    expect(within(journey).queryByRole("button", { name: "Oudere gebeurtenissen laden" })).toBeNull();
  });

  it("offers older events while there are more, and says how far a filtered search looked", () => {
    const journey = renderTimeline(
      page([note], { nextCursor: "cursor-1", searchedBackTo: "2024-01-05T12:00:00.000Z" }),
    );
    expect(within(journey).getByRole("button", { name: "Oudere gebeurtenissen laden" })).toBeTruthy();
    expect(within(journey).getByRole("status").textContent).toBe(
      "Tot nu toe teruggezocht tot 5 januari 2024.",
    );
  });

  it("says so when a customer has no journey yet", () => {
    const journey = renderTimeline(page([]));
    expect(within(journey).getByRole("heading", { name: "Nog niets in de klantreis" })).toBeTruthy();
  });

  it("says no event matches the filters, and offers to clear them", () => {
    url.search = "type=complaint";
    const journey = renderTimeline(page([], { filters: { type: ["complaint"] } }));
    expect(within(journey).getByRole("heading", { name: "Niets gevonden met deze filters" })).toBeTruthy();
    // The filter bar has its own; this is the one the empty state offers, last in the section.
    window.history.replaceState(null, "", "/customers/c-1?type=complaint");
    fireEvent.click(within(journey).getAllByRole("button", { name: "Filters wissen" }).at(-1)!);
    expect(window.location.pathname + window.location.search).toBe("/customers/c-1");
  });

  it("marks an entry that is still being saved, without details to open", () => {
    const saving = { ...note, id: `${OPTIMISTIC_PREFIX}abc` };
    const journey = renderTimeline(page([saving, checkIn]));
    const [pending, stored] = within(journey).getAllByRole("article");
    expect(pending!.getAttribute("aria-busy")).toBe("true");
    expect(within(pending!).getByText("Opslaan…")).toBeTruthy();
    expect(within(pending!).queryByRole("button")).toBeNull();
    expect(within(stored!).getByRole("button", { name: /^Details/ })).toBeTruthy();
  });

  it("opens an event's details and loads everything the source sent", async () => {
    fetchMock.mockResolvedValue(
      Response.json({
        ...checkIn,
        payload: { room: "512" },
        utmSource: null,
        utmMedium: null,
        utmCampaign: null,
        receivedAt: checkIn.occurredAt,
      }),
    );
    const journey = renderTimeline(page([checkIn]));
    const toggle = within(journey).getByRole("button", { name: /^Details\W+Ingecheckt$/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toMatch(/^Details verbergen/);
    expect(await within(journey).findByText(/"room": "512"/)).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith("/api/customers/c-1/timeline/e-2", expect.anything());
  });

  it("shows the server's sentence when the details cannot be loaded", async () => {
    fetchMock.mockResolvedValue(
      Response.json({ error: "Je mag deze gebeurtenis niet zien." }, { status: 403 }),
    );
    const journey = renderTimeline(page([checkIn]));
    fireEvent.click(within(journey).getByRole("button", { name: /^Details\W+Ingecheckt$/ }));
    expect((await within(journey).findByRole("alert")).textContent).toBe(
      "De details konden niet worden geladen. Je mag deze gebeurtenis niet zien.",
    );
  });

  it("says an outcome logged in Gastvrij in the reader's language, and what a source sent as it is", () => {
    const outcome = entry({
      id: "e-9",
      type: "staff_outcome",
      occurredAt: "2025-03-14T16:00:00.000Z",
      summary: "Resolved an issue: New key card",
      source: "gastvrij",
    });
    const fromCrm = { ...outcome, id: "e-8", source: "crm", summary: "Resolved an issue: by phone" };
    const dutch = renderTimeline(page([outcome, fromCrm]));
    const [logged, sent] = within(dutch).getAllByRole("article");
    expect(logged!.textContent).toContain("Probleem opgelost: New key card");
    expect(sent!.textContent).toContain("Resolved an issue: by phone");
    cleanup();
    const erased = entry({
      id: "e-7",
      type: "check_in",
      occurredAt: "2025-03-14T12:00:00.000Z",
      summary: "Check In",
    });
    const english = renderTimeline(page([outcome, erased]), "en");
    expect(within(english).getAllByRole("article")[1]!.textContent).not.toContain("Check In");
    expect(within(english).getAllByRole("article")[0]!.textContent).toMatch(
      /^Inbound.*Staff outcome.*Resolved an issue: New key card/,
    );
  });
});
