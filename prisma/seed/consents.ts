// Consent rows, each with its consent_changed event, and the windows in which a purpose and channel
// were granted, so marketing only goes out where the customer said yes.
import type { Channel, ConsentPurpose, ConsentStatus } from "../../lib/generated/prisma/enums";
import type { Journey } from "./journey";
import type { Scenarios } from "./scenarios";
import { DAY, iso, MINUTE } from "./time";

type ConsentKey = `${ConsentPurpose}/${Channel}`;

export class ConsentState {
  private readonly windows = new Map<ConsentKey, [from: number, until: number]>();

  grant(key: ConsentKey, from: number): void {
    this.windows.set(key, [from, Number.POSITIVE_INFINITY]);
  }

  withdraw(key: ConsentKey, at: number): void {
    const window = this.windows.get(key);
    if (window) window[1] = at;
  }

  window(key: ConsentKey): readonly [number, number] | undefined {
    return this.windows.get(key);
  }

  allows(key: ConsentKey, at: number): boolean {
    const window = this.windows.get(key);
    return window !== undefined && at >= window[0] && at < window[1];
  }
}

const PURPOSE_TEXT: Record<ConsentPurpose, string> = {
  newsletter: "the newsletter",
  promotions: "offers",
  surveys: "surveys",
  personalisation: "personalised recommendations",
};

const CHANNEL_TEXT: Partial<Record<Channel, string>> = {
  email: "by email",
  sms: "by SMS",
  app: "in the app",
  web: "on the website",
};

export function recordConsent(
  journey: Journey,
  key: ConsentKey,
  status: ConsentStatus,
  at: number,
  via: "web" | "app",
): void {
  const [purpose, channel] = key.split("/") as [ConsentPurpose, Channel];
  const { id } = journey.nextId("consent");
  const source = via === "app" ? "mobile-app" : "webshop";
  const when = iso(Math.min(at, journey.now));
  journey.ctx.buffers.Consent.add(
    `${id}\t${journey.customerId}\t${purpose}\t${channel}\t${status}\t${source}\t${when}\t${when}\n`,
  );
  const verb = status === "granted" ? "Opted in to" : "Opted out of";
  journey.event({
    type: "consent_changed",
    channel: via,
    at,
    source,
    summary: `${verb} ${PURPOSE_TEXT[purpose]} ${CHANNEL_TEXT[channel] ?? ""}`.trim(),
    payload: { purpose, channel, status },
  });
}

/** The choices made when the customer first signed up, and a later unsubscribe for some. */
export function addConsents(journey: Journey, scenarios: Scenarios, signupAt: number): ConsentState {
  const { rng } = journey;
  const state = new ConsentState();
  const via = rng.chance(0.2) ? "app" : "web";
  let at = signupAt + rng.between(1, 20) * MINUTE;
  const decide = (key: ConsentKey, grantChance: number, denyChance: number, isForced = false) => {
    at += rng.between(2, 40) * 1000;
    const roll = rng.next();
    if (isForced || roll < grantChance) {
      recordConsent(journey, key, "granted", at, via);
      state.grant(key, at);
    } else if (roll < grantChance + denyChance) {
      recordConsent(journey, key, "denied", at, via);
    }
  };
  const isPushed = scenarios.isOverContacted;
  decide("newsletter/email", 0.6, 0.2, isPushed);
  decide("promotions/email", 0.4, 0.15, isPushed);
  decide("promotions/sms", 0.12, 0.1, isPushed);
  decide("promotions/app", 0.15, 0.05, isPushed);
  decide("surveys/email", 0.5, 0.1, scenarios.isSurveyedAfterTrivial);
  decide("personalisation/web", 0.45, 0.15);

  const newsletter = state.window("newsletter/email");
  if (newsletter && !isPushed && rng.chance(0.15)) {
    const unsubscribeAt = rng.between(newsletter[0] + 7 * DAY, journey.now);
    if (unsubscribeAt > newsletter[0]) {
      recordConsent(journey, "newsletter/email", "denied", unsubscribeAt, "web");
      state.withdraw("newsletter/email", unsubscribeAt);
    }
  }
  return state;
}
