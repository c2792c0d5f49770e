// Outbound marketing on a chain-wide calendar (a monthly newsletter, an offer every two weeks), sent
// only inside the customer's consent windows, with the occasional click through to the site.
import type { Channel } from "../../lib/generated/prisma/enums";
import type { ConsentState } from "./consents";
import type { Journey } from "./journey";
import { amsterdamDay, amsterdamTime, DAY, HOUR, MINUTE } from "./time";

interface Campaign {
  at: number;
  campaign: string;
  title: string;
}

const NEWSLETTER_TOPICS = [
  "Winter weekends in Maastricht",
  "New: smart lighting for your desk",
  "Work from home in comfort",
  "Spring city breaks",
  "Summer evenings in Amsterdam",
  "Coffee of the month",
  "Sleep like in our hotels",
  "Autumn in Utrecht",
  "Our new reading lamps",
  "Gift ideas under €30",
  "A fresh start for your desk",
  "Behind the scenes at the Vrijthof",
] as const;

const OFFERS = [
  "20% off desk lamps",
  "Weekend in Maastricht from €129",
  "Free delivery this week",
  "Double loyalty points",
  "Second bag of coffee half price",
  "Bed linen sale: up to 30% off",
  "Office chairs: try 30 days at home",
  "Midweek in Utrecht with breakfast",
  "LED bulbs 3 for 2",
  "Early-bird rates for Amsterdam",
] as const;

const CALENDAR_START_DAY = Date.UTC(2015, 0, 1) / DAY;
const CALENDAR_END_DAY = Date.UTC(2040, 0, 1) / DAY;

function buildNewsletters(): Campaign[] {
  const campaigns: Campaign[] = [];
  for (let year = 2015; year < 2040; year++) {
    for (let month = 0; month < 12; month++) {
      const first = Date.UTC(year, month, 1) / DAY;
      const thursday = first + ((4 - new Date(first * DAY).getUTCDay() + 7) % 7);
      const topic = NEWSLETTER_TOPICS[(year * 12 + month) % NEWSLETTER_TOPICS.length] ?? "";
      const label = `${year}-${String(month + 1).padStart(2, "0")}`;
      campaigns.push({
        at: amsterdamTime(thursday, 9 * 60 + 30),
        campaign: `newsletter-${label}`,
        title: topic,
      });
    }
  }
  return campaigns;
}

function buildOffers(): Campaign[] {
  const campaigns: Campaign[] = [];
  for (let day = CALENDAR_START_DAY + 5, n = 0; day < CALENDAR_END_DAY; day += 14, n++) {
    const title = OFFERS[n % OFFERS.length] ?? "";
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    campaigns.push({ at: amsterdamTime(day, 10 * 60), campaign: `offer-${n}-${slug}`, title });
  }
  return campaigns;
}

const NEWSLETTERS = buildNewsletters();
const OFFER_CALENDAR = buildOffers();

/** The offer running at a moment: the latest one sent before it. */
function offerAt(at: number): Campaign {
  const index = Math.floor((amsterdamDay(at) - CALENDAR_START_DAY - 5) / 14);
  const offer = OFFER_CALENDAR[Math.min(Math.max(index, 0), OFFER_CALENDAR.length - 1)];
  if (!offer) throw new Error("the offer calendar is empty");
  return offer;
}

const PROMO_CHANNELS = ["email", "sms", "app"] as const;
const CHANNEL_LABEL: Record<(typeof PROMO_CHANNELS)[number], string> = {
  email: "email",
  sms: "SMS",
  app: "app push",
};

export class Marketing {
  /** Outbound marketing contacts in the last 30 days, for the over-contacted scenario. */
  recentContacts = 0;
  /** When this customer's surveys went out, so an answer grows less likely the sooner the next one comes. */
  private readonly surveysSent: number[] = [];

  constructor(
    private readonly journey: Journey,
    private readonly consents: ConsentState,
  ) {}

  private sent(at: number): void {
    if (at > this.journey.now - 30 * DAY) this.recentContacts++;
  }

  private maybeClick(channel: Channel, at: number, campaign: string, medium: string, chance: number): void {
    const { rng } = this.journey;
    if (!rng.chance(chance)) return;
    const clickAt = at + rng.between(5 * MINUTE, 30 * HOUR);
    const utm = { source: medium === "email" ? "newsletter" : medium, medium, campaign };
    const summary = `Clicked "${campaign}"`;
    const isClicked = this.journey.event({
      type: "campaign_click",
      channel,
      at: clickAt,
      source: "email-tool",
      summary,
      utm,
    });
    if (!isClicked) return;
    const landing = channel === "app" ? "app" : "web";
    this.journey.event({
      type: "page_view",
      channel: landing,
      at: clickAt + 2000,
      source: landing === "app" ? "mobile-app" : "webshop",
      summary: "Landed on the campaign page",
      utm,
    });
  }

  newsletters(from: number): void {
    const window = this.consents.window("newsletter/email");
    if (!window) return;
    const start = Math.max(window[0], from);
    for (const letter of NEWSLETTERS) {
      if (letter.at < start) continue;
      if (letter.at >= window[1] || letter.at > this.journey.now) break;
      this.journey.event({
        type: "newsletter_sent",
        channel: "email",
        at: letter.at,
        source: "email-tool",
        summary: `Newsletter: ${letter.title}`,
        utm: { source: "newsletter", medium: "email", campaign: letter.campaign },
      });
      this.sent(letter.at);
      this.maybeClick("email", letter.at, letter.campaign, "email", 0.08);
    }
  }

  offers(from: number, chance: number): void {
    for (const channel of PROMO_CHANNELS) {
      const window = this.consents.window(`promotions/${channel}`);
      if (!window) continue;
      for (const offer of OFFER_CALENDAR) {
        if (offer.at < Math.max(window[0], from)) continue;
        if (offer.at >= window[1] || offer.at > this.journey.now) break;
        if (this.journey.rng.chance(chance))
          this.offer(channel, offer.at + this.journey.rng.between(0, 3 * HOUR), offer);
      }
    }
  }

  private offer(channel: (typeof PROMO_CHANNELS)[number], at: number, offer: Campaign): void {
    const source = channel === "app" ? "mobile-app" : "email-tool";
    const summary = `Offer: ${offer.title} (${CHANNEL_LABEL[channel]})`;
    const utm = {
      source: channel === "email" ? "promotion" : channel,
      medium: channel,
      campaign: offer.campaign,
    };
    if (!this.journey.event({ type: "promotion_sent", channel, at, source, summary, utm })) return;
    this.sent(at);
    this.maybeClick(channel, at, offer.campaign, channel, 0.06);
  }

  /** Tops the last 30 days up to 6-10 marketing contacts: the over-contacted scenario. */
  overContact(): void {
    const { rng, now } = this.journey;
    const target = rng.int(6, 10);
    for (let attempt = 0; this.recentContacts < target && attempt < 40; attempt++) {
      const day = amsterdamDay(now - rng.between(1, 29) * DAY);
      const at = amsterdamTime(day, rng.int(8 * 60, 20 * 60));
      this.offer(rng.pick(PROMO_CHANNELS), at, offerAt(at));
    }
  }

  private answerChance(sentAt: number, trigger: string): number {
    if (trigger === "address_change" || trigger === "password_reset") return 0.12;
    const earlier = this.surveysSent.filter((at) => at < sentAt);
    if (earlier.length === 0) return 0.46;
    const days = (sentAt - Math.max(...earlier)) / DAY;
    return days < 30 ? 0.18 : days < 90 ? 0.3 : 0.42;
  }

  /** A satisfaction survey a day after a stay or order, if allowed, sometimes answered. */
  survey(
    after: number,
    about: string,
    locationId: string | null,
    trigger: string,
    maxDelay = 26 * HOUR,
  ): { answeredAt: number } | null {
    const { journey } = this;
    const { rng } = journey;
    const sentAt = after + rng.between(2 * HOUR, maxDelay);
    if (!this.consents.allows("surveys/email", sentAt)) return null;
    const summary = `Survey: how was ${about}?`;
    const payload = { trigger };
    const isSent = journey.event({
      type: "survey_sent",
      channel: "email",
      at: sentAt,
      source: "email-tool",
      summary,
      locationId,
      payload,
    });
    if (!isSent) return null;
    // One draw as before, only the odds differ: a survey right after a trivial contact or soon after
    // the last one is answered less often (survey fatigue).
    const chance = this.answerChance(sentAt, trigger);
    this.surveysSent.push(sentAt);
    if (!rng.chance(chance)) return null;
    const answeredAt = sentAt + rng.between(10 * MINUTE, 72 * HOUR);
    const score = rng.weighted([
      [9, 30],
      [8, 30],
      [7, 15],
      [10, 12],
      [6, 6],
      [4, 4],
      [2, 3],
    ] as const);
    const answered = journey.event({
      type: "survey_response",
      channel: "web",
      at: answeredAt,
      source: "email-tool",
      summary: `Rated ${about} ${score}/10`,
      locationId,
      payload: { score, trigger },
    });
    return answered ? { answeredAt } : null;
  }
}
