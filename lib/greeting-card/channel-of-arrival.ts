import { formatMonthYear } from "@/lib/format/dates";
import { describeFirstTouch, sourcePhrase, type FirstTouch } from "@/lib/format/first-touch";
import { channelLabels } from "@/lib/format/labels";
import type { Channel } from "@/lib/generated/prisma/enums";

// How the customer came to us, in words staff can say: the first touch ("First came through a
// newsletter in March 2023") and the last touch of this visit ("Booked via Booking.com").

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

export const visitLabels = { today: "This visit", earlier: "Last time" } as const;

const bookedVia: Partial<Record<Channel, string>> = {
  booking_com: "Booked via Booking.com",
  expedia: "Booked via Expedia",
  direct: "Booked directly with us",
  web: "Booked on our website",
  app: "Booked in our app",
  phone: "Booked by phone",
  email: "Booked by email",
  travel_agent: "Booked through a travel agent",
  walk_in: "Walked in without a booking",
};

const orderedVia: Partial<Record<Channel, string>> = {
  web: "Ordered on our website",
  app: "Ordered in our app",
  phone: "Ordered by phone",
  email: "Ordered by email",
  store: "Ordered in the store",
  in_person: "Ordered in the store",
};

export function describeVisitTouch(touch: VisitTouch): string {
  const phrases = touch.kind === "booking" ? bookedVia : orderedVia;
  const verb = touch.kind === "booking" ? "Booked" : "Ordered";
  let text = phrases[touch.channel] ?? `${verb} via ${channelLabels[touch.channel]}`;
  const campaign = touch.campaignSource?.trim();
  if (campaign) {
    const phrase = sourcePhrase(campaign, touch.channel);
    // "booking.com" on a Booking.com booking only restates the channel.
    const restatesChannel = phrase === sourcePhrase(touch.channel, null);
    if (phrase && !restatesChannel) text += `, after coming ${phrase}`;
    else if (phrase === null) text += `, after the campaign “${campaign}”`;
  }
  return touch.isToday ? text : `${text} (${formatMonthYear(touch.at)})`;
}

export function describeChannelOfArrival(firstTouch: FirstTouch, visit: VisitTouch | null): ChannelOfArrival {
  return {
    firstTouch: describeFirstTouch(firstTouch),
    visit: visit
      ? { label: visit.isToday ? visitLabels.today : visitLabels.earlier, text: describeVisitTouch(visit) }
      : null,
  };
}
