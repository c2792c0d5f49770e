// The profile page (/customers/[id]) as its server component runs: one look is one audit entry, the
// server-rendered first journey page and reloads within the minute included; a prefetch reads and
// records nothing; the journey streams inside its own error boundary.
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import { isValidElement, Suspense, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { passedSecondFactor } from "../../factories/actor-factory";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { TimelinePage } from "@/lib/timeline/timeline-types";
import { withIntl } from "../../helpers/with-intl";
import { actor, addEvents, customer, location } from "./timeline-fixtures";

const session = {
  actor: null as (Actor & { mustChangePassword: boolean; secondFactor: SecondFactorState }) | null,
};
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
const request = { headers: new Headers() };
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
// The page's own words come from next-intl's server API, which needs Next's request; here it is the
// Dutch messages directly (the staff default).
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { default: nl } = await import("@/messages/nl");
  return {
    getLocale: async () => "nl",
    getTranslations: async (namespace?: string | { namespace?: string }) =>
      createTranslator({
        locale: "nl",
        messages: nl,
        namespace: (typeof namespace === "string" ? namespace : namespace?.namespace) as never,
      }),
  };
});
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  useRouter: () => ({ refresh: vi.fn() }),
}));

const { default: CustomerPage, generateMetadata } = await import("@/app/(staff)/customers/[id]/page");
const { TimelineBoundary } = await import("@/components/timeline/timeline-boundary");
const { GreetingCard } = await import("@/components/greeting-card/greeting-card");
const { SectionBoundary } = await import("@/components/greeting-card/section-boundary");
type BoundaryProps = ConstructorParameters<typeof SectionBoundary>[0];

type Element = ReactElement<{
  children?: ReactNode;
  fallback?: ReactNode;
  firstPage?: Promise<TimelinePage | null>;
}>;

/** Every element in a rendered tree, depth first (server components stay unexpanded). */
function* elements(node: ReactNode): Generator<Element> {
  if (Array.isArray(node)) for (const child of node) yield* elements(child as ReactNode);
  else if (isValidElement(node)) {
    const element = node as Element;
    yield element;
    yield* elements(element.props.children);
  }
}

async function openProfile(customerId: string, searchParams: Record<string, string> = {}) {
  const tree = await CustomerPage({
    params: Promise.resolve({ id: customerId }),
    searchParams: Promise.resolve(searchParams),
  });
  const boundary = [...elements(tree)].find((element) => element.type === TimelineBoundary);
  const suspense = [...elements(boundary?.props.children)].find((element) => element.type === Suspense);
  const timeline = [...elements(suspense?.props.children)].find((element) => element.props.firstPage);
  return { tree, boundary, suspense, firstPage: await timeline?.props.firstPage };
}

/** What the journey's boundary shows once its content threw, as React renders it then. */
function renderFailedJourney(boundary: Element): string {
  const element = TimelineBoundary({ children: boundary.props.children }) as ReactElement<BoundaryProps>;
  const failed = new SectionBoundary(element.props);
  failed.state = SectionBoundary.getDerivedStateFromError(new Error("timeline query failed"));
  return renderToStaticMarkup(withIntl(failed.render()));
}

let hotel = "";
let customerId = "";
let receptionist: Actor;

beforeAll(async () => {
  hotel = await location("HTL-PPG");
  customerId = await customer([hotel], "Profile");
  await addEvents(customerId, [
    { occurredAt: new Date("2026-04-01T10:00:00Z"), type: "booking_created", channel: "booking_com" },
    { occurredAt: new Date("2026-04-02T10:00:00Z"), type: "check_in", channel: "in_person" },
  ]);
  receptionist = await actor("receptionist", [hotel]);
  session.actor = { ...receptionist, mustChangePassword: false, secondFactor: passedSecondFactor() };
});

const views = (reason?: string) =>
  db.auditEntry.count({
    where: { action: "customer.view", actorId: receptionist.id, customerId, ...(reason ? { reason } : {}) },
  });

describe("the profile page", () => {
  it("records one view per look, its server-rendered first journey page and reloads within the minute included", async () => {
    const before = await views();
    const { firstPage } = await openProfile(customerId);
    expect(firstPage?.events.map((event) => event.type)).toEqual(["check_in", "booking_created"]);
    expect(await views()).toBe(before + 1);

    // Filters in the link are read on the server too; within the minute it is the same look.
    const filtered = await openProfile(customerId, { type: "check_in" });
    expect(filtered.firstPage?.events).toHaveLength(1);
    expect(await views()).toBe(before + 1);
    expect(await views("timeline")).toBe(0);
  });

  it("answers a router or browser prefetch with a placeholder, reading and recording nothing", async () => {
    const other = await customer([hotel], "Prefetched");
    for (const [name, value] of [
      ["next-router-prefetch", "1"],
      ["sec-purpose", "prefetch;prerender"],
    ]) {
      request.headers = new Headers({ [name!]: value! });
      try {
        const tree = await CustomerPage({
          params: Promise.resolve({ id: other }),
          searchParams: Promise.resolve({}),
        });
        expect(JSON.stringify(tree)).not.toContain("Prefetched");
        const metadata = await generateMetadata({
          params: Promise.resolve({ id: other }),
          searchParams: Promise.resolve({}),
        });
        expect(metadata.title).toBe("Klant");
      } finally {
        request.headers = new Headers();
      }
    }
    expect(await db.auditEntry.count({ where: { action: "customer.view", customerId: other } })).toBe(0);
  });

  it("streams the journey below the card: a labelled skeleton first, its own error if it fails", async () => {
    const { tree, boundary, suspense } = await openProfile(customerId);
    const order = [...elements(tree)].map((element) => element.type);
    expect(order.indexOf(GreetingCard)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(TimelineBoundary)).toBeGreaterThan(order.indexOf(GreetingCard));

    // While the journey streams in, staff see a loading region that says what is loading.
    const loading = renderToStaticMarkup(suspense!.props.fallback as ReactElement);
    expect(loading).toMatch(/^<div role="status"[^>]*><span class="sr-only">Klantreis laden…<\/span>/);

    // A journey that fails shows its heading, what failed and a retry; the card above stays.
    const failed = renderFailedJourney(boundary!);
    expect(failed).toContain("Klantreis</h2>");
    expect(failed).toMatch(/role="alert".*De klantreis kon niet worden geladen/);
    expect(failed).toMatch(/<button[^>]*>.*Opnieuw proberen<\/button>/);
  });
});
