import type { UiLocale } from "@/i18n/locales";
import { formatMonthYear } from "@/lib/format/dates";
import {
  describeFirstTouch,
  isSamePhrase,
  readSource,
  sayPhrase,
  type FirstTouch,
} from "@/lib/format/first-touch";
import { translatorFor } from "@/lib/i18n/translator";
import type { Channel } from "@/lib/generated/prisma/enums";

// How the customer came to us, in words staff can say in their own language: the first touch ("Kwam
// in maart 2023 voor het eerst via een nieuwsbrief") and the last touch of this visit ("Geboekt via
// Booking.com"). The words are in messages/*/card.json (card.firstTouch, card.visit).

export type VisitTouch = {
  kind: "booking" | "order";
  channel: Channel;
  /** The campaign clicked shortly before booking or ordering, in UTM words ("newsletter / email"). */
  campaignSource: string | null;
  at: Date;
  /** Today's booking or pickup; false for the latest earlier one. */
  isToday: boolean;
};

export type ChannelOfArrival = {
  firstTouch: string;
  visit: { label: string; text: string } | null;
};

const say = { nl: translatorFor("nl"), en: translatorFor("en") };

const BOOKED_VIA = [
  "booking_com",
  "expedia",
  "direct",
  "web",
  "app",
  "phone",
  "email",
  "travel_agent",
  "walk_in",
] as const satisfies readonly Channel[];
const ORDERED_VIA = ["web", "app", "phone", "email", "store"] as const satisfies readonly Channel[];

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

function visitText(touch: VisitTouch, locale: UiLocale): string {
  const t = say[locale];
  const channel = touch.channel === "in_person" ? "store" : touch.channel;
  if (touch.kind === "booking")
    return isOneOf(BOOKED_VIA, channel)
      ? t(`card.visit.booked.${channel}`)
      : t("card.visit.booked.other", { channel: t(`labels.channel.${channel}`) });
  return isOneOf(ORDERED_VIA, channel)
    ? t(`card.visit.ordered.${channel}`)
    : t("card.visit.ordered.other", { channel: t(`labels.channel.${channel}`) });
}

export function describeVisitTouch(touch: VisitTouch, locale: UiLocale): string {
  const t = say[locale];
  let text = visitText(touch, locale);
  const campaign = touch.campaignSource?.trim();
  if (campaign) {
    const phrase = readSource(campaign, touch.channel);
    // "booking.com" on a Booking.com booking only restates the channel.
    const restatesChannel = isSamePhrase(phrase, readSource(touch.channel, null));
    if (phrase && !restatesChannel)
      text = t("card.visit.afterSource", { text, how: sayPhrase(phrase, locale) });
    else if (phrase === null) text = t("card.visit.afterCampaign", { text, campaign });
  }
  return touch.isToday ? text : t("card.visit.dated", { text, month: formatMonthYear(touch.at, locale) });
}

export function describeChannelOfArrival(
  firstTouch: FirstTouch,
  visit: VisitTouch | null,
  locale: UiLocale,
): ChannelOfArrival {
  const t = say[locale];
  return {
    firstTouch: describeFirstTouch(firstTouch, locale),
    visit: visit
      ? {
          label: visit.isToday ? t("card.visit.today") : t("card.visit.earlier"),
          text: describeVisitTouch(visit, locale),
        }
      : null,
  };
}
