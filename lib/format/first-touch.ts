import type { UiLocale } from "@/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { ownValue } from "@/lib/own-key";
import { Channel } from "@/lib/generated/prisma/enums";
import { formatMonthYear } from "./dates";

// Turns the first-touch channel and the source's campaign words ("google / cpc") into the sentence a
// receptionist can say out loud, in the interface language: "Kwam in maart 2023 voor het eerst via
// Booking.com" / "First came via Booking.com in March 2023". The words are in messages/*/card.json.

export type FirstTouch = {
  channel: Channel | null;
  /** Campaign or referrer in the source's words, often UTM "source / medium". */
  source: string | null;
  firstSeenAt?: Date | null;
};

/** What a source says about how they came, before it is put into words. */
export type SourcePhrase =
  | { kind: "channel"; channel: Channel }
  | { kind: "newsletter" | "recommendation" | "email" }
  | { kind: "searchAd" | "ad" | "search" | "via"; brand: string }
  | { kind: "link"; site: string };

const say = { nl: translatorFor("nl"), en: translatorFor("en") };

/** Channels that are a brand themselves: "booking.com / referral" on a Booking.com booking adds nothing. */
const channelBrands: Partial<Record<Channel, string>> = { booking_com: "Booking.com", expedia: "Expedia" };

const brands: Record<string, string> = {
  google: "Google",
  bing: "Bing",
  duckduckgo: "DuckDuckGo",
  ecosia: "Ecosia",
  facebook: "Facebook",
  fb: "Facebook",
  instagram: "Instagram",
  ig: "Instagram",
  tiktok: "TikTok",
  linkedin: "LinkedIn",
  pinterest: "Pinterest",
  youtube: "YouTube",
  twitter: "X",
  x: "X",
  "booking.com": "Booking.com",
  booking: "Booking.com",
  expedia: "Expedia",
  tripadvisor: "Tripadvisor",
};
const searchEngines = new Set(["Google", "Bing", "DuckDuckGo", "Ecosia"]);
const paidMedia = new Set([
  "cpc",
  "ppc",
  "paid",
  "paidsearch",
  "paid_search",
  "paid-search",
  "paid_social",
  "paidsocial",
  "display",
  "ad",
  "ads",
]);
const emptySources = new Set(["", "direct", "(direct)", "none", "(none)", "(not set)", "not set"]);
const recommendationSources = new Set([
  "friend",
  "friends",
  "refer-a-friend",
  "word of mouth",
  "word-of-mouth",
  "recommendation",
]);
// Sources that only name a channel in other words ("walk-in", "store visit", "booking_com").
const channelAliases: Record<string, Channel> = {
  store_visit: "store",
  booking: "booking_com",
  bookingcom: "booking_com",
  walkin: "walk_in",
  travelagent: "travel_agent",
};

function isChannel(value: string): value is Channel {
  return Object.hasOwn(Channel, value);
}

function channelNamedBy(source: string): Channel | null {
  const slug = source.replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return isChannel(slug) ? slug : (ownValue(channelAliases, slug) ?? null);
}

/**
 * What a campaign or referrer says ("newsletter", "google / cpc") when we recognise it, "" when it
 * adds nothing to the channel, null when it is unknown. Also used for the last touch of a visit
 * (lib/greeting-card/channel-of-arrival.ts).
 */
export function readSource(raw: string, channel: Channel | null): SourcePhrase | "" | null {
  const [sourcePart = "", mediumPart = ""] = raw.split("/").map((part) => part.trim().toLowerCase());
  const source = emptySources.has(sourcePart) ? "" : sourcePart;
  const medium = emptySources.has(mediumPart) ? "" : mediumPart;
  if (!source && !medium) return "";
  if (source.includes("newsletter") || medium.includes("newsletter")) return { kind: "newsletter" };
  if (recommendationSources.has(source)) return { kind: "recommendation" };
  const namedChannel = medium ? null : channelNamedBy(source);
  if (namedChannel) return { kind: "channel", channel: namedChannel };

  const brand = ownValue(brands, source);
  if (brand) {
    if (channel && channelBrands[channel] === brand) return "";
    const isSearch = searchEngines.has(brand);
    if (paidMedia.has(medium)) return { kind: isSearch ? "searchAd" : "ad", brand };
    if (isSearch) return { kind: "search", brand };
    if (medium === "referral") return { kind: "link", site: brand };
    return { kind: "via", brand };
  }
  if (medium === "email" || source === "email") return { kind: "email" };
  if (medium === "referral" && source) return { kind: "link", site: raw.split("/")[0]?.trim() ?? source };
  return null;
}

/** Two readings of a source say the same: a campaign that only restates the channel adds nothing. */
export function isSamePhrase(a: SourcePhrase | "" | null, b: SourcePhrase | "" | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** "via een nieuwsbrief" / "through a newsletter" */
export function sayPhrase(phrase: SourcePhrase, locale: UiLocale): string {
  const t = say[locale];
  switch (phrase.kind) {
    case "channel":
      return t(`card.firstTouch.channel.${phrase.channel}`);
    case "newsletter":
    case "recommendation":
    case "email":
      return t(`card.firstTouch.${phrase.kind}`);
    case "link":
      return t("card.firstTouch.link", { site: phrase.site });
    default:
      return t(`card.firstTouch.${phrase.kind}`, { brand: phrase.brand });
  }
}

export function describeFirstTouch({ channel, source, firstSeenAt }: FirstTouch, locale: UiLocale): string {
  const t = say[locale];
  const fromSource = source ? readSource(source, channel) : "";
  const fromChannel = channel ? sayPhrase({ kind: "channel", channel }, locale) : null;
  const quoted = source?.trim() ?? "";

  let how: string | null;
  if (fromSource) how = sayPhrase(fromSource, locale);
  else if (fromSource === null)
    how = fromChannel
      ? t("card.firstTouch.quotedWithChannel", { how: fromChannel, source: quoted })
      : t("card.firstTouch.quoted", { source: quoted });
  else how = fromChannel;

  if (!how) return t("card.firstTouch.unknown");
  return firstSeenAt
    ? t("card.firstTouch.cameIn", { how, month: formatMonthYear(firstSeenAt, locale) })
    : t("card.firstTouch.came", { how });
}
