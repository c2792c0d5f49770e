import { ownValue } from "@/lib/own-key";
import type { Channel } from "@/lib/generated/prisma/enums";
import { formatMonthYear } from "./dates";

// Turns the first-touch channel and the source's campaign words ("google / cpc") into the sentence a
// receptionist can say out loud: "First came via Booking.com in March 2023".

export type FirstTouch = {
  channel: Channel | null;
  /** Campaign or referrer in the source's words, often UTM "source / medium". */
  source: string | null;
  firstSeenAt?: Date | null;
};

export const UNKNOWN_FIRST_TOUCH = "How they first came to us is not recorded";

const channelPhrases: Record<Channel, string> = {
  web: "through our website",
  app: "through our app",
  email: "through an email",
  sms: "through a text message",
  phone: "by phone",
  chat: "through chat",
  social: "through social media",
  in_person: "in person",
  store: "to one of our stores",
  booking_com: "via Booking.com",
  expedia: "via Expedia",
  direct: "by booking directly with us",
  travel_agent: "through a travel agent",
  walk_in: "as a walk-in",
};

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
  return Object.hasOwn(channelPhrases, value);
}

function channelNamedBy(source: string): Channel | null {
  const slug = source.replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  return isChannel(slug) ? slug : (ownValue(channelAliases, slug) ?? null);
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

/**
 * A phrase for a campaign or referrer ("through a newsletter", "through a Google search ad") when we
 * recognise it, "" when it adds nothing to the channel, null when it is unknown. Also used for the
 * last touch of a visit (lib/greeting-card/channel-of-arrival.ts).
 */
export function sourcePhrase(raw: string, channel: Channel | null): string | null {
  const [sourcePart = "", mediumPart = ""] = raw.split("/").map((part) => part.trim().toLowerCase());
  const source = emptySources.has(sourcePart) ? "" : sourcePart;
  const medium = emptySources.has(mediumPart) ? "" : mediumPart;
  if (!source && !medium) return "";
  if (source.includes("newsletter") || medium.includes("newsletter")) return "through a newsletter";
  if (recommendationSources.has(source)) return "on a friend’s recommendation";
  const namedChannel = medium ? null : channelNamedBy(source);
  if (namedChannel) return channelPhrases[namedChannel];

  const brand = ownValue(brands, source);
  if (brand) {
    if (channel && channelPhrases[channel] === `via ${brand}`) return "";
    const isSearch = searchEngines.has(brand);
    if (paidMedia.has(medium))
      return isSearch
        ? `through ${article(brand)} ${brand} search ad`
        : `through ${article(brand)} ${brand} ad`;
    if (isSearch) return `through ${article(brand)} ${brand} search`;
    if (medium === "referral") return `through a link on ${brand}`;
    return `via ${brand}`;
  }
  if (medium === "email" || source === "email") return "through an email";
  if (medium === "referral" && source) return `through a link on ${raw.split("/")[0]?.trim()}`;
  return null;
}

export function describeFirstTouch({ channel, source, firstSeenAt }: FirstTouch): string {
  const fromSource = source ? sourcePhrase(source, channel) : "";
  const fromChannel = channel ? channelPhrases[channel] : null;
  const quotedSource = source?.trim() ? `“${source.trim()}”` : null;

  let how: string | null;
  if (fromSource) how = fromSource;
  else if (fromSource === null)
    how = fromChannel ? `${fromChannel} (${quotedSource})` : `through ${quotedSource}`;
  else how = fromChannel;

  if (!how) return UNKNOWN_FIRST_TOUCH;
  const when = firstSeenAt ? ` in ${formatMonthYear(firstSeenAt)}` : "";
  return `First came ${how}${when}`;
}
