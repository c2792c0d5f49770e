// Every word the greeting card shows that is not computed wording from lib/greeting-card, so a
// translation replaces this file (and lib/greeting-card's copy modules) only.

export const cardCopy = {
  cardLabel: "Greeting card",
  allCustomers: "All customers",
  greetingHint: "Say",
  languageNote: (language: string, register: string) => `${language}, ${register}`,
  fallbackNote: (spoken: string) => `speaks ${spoken}; no greeting in that language yet`,
  registers: { formal: "formal", first_name: "first-name terms", plain: "no name known" },
  maskedNotice: "Personal data masked",
  viewedBy: (colleagues: number) =>
    `Viewed by ${colleagues} ${colleagues === 1 ? "colleague" : "colleagues"} in the last 30 days.`,
  sections: {
    today: "Why here today",
    attention: "Attention",
    facts: "Don’t ask again",
    channel: "Channel of arrival",
    relationship: "Relationship",
    advice: "Relevant advice",
  },
  empty: {
    today: "Not expected today: no booking arriving and no order waiting at your location.",
    attention:
      "Nothing open: no complaints, cancellations, delays or unanswered contacts in the last 30 days.",
    facts: "Nothing recorded yet. What they tell you today, log it so nobody asks again.",
    adviceNoBasis: "No purchases to base advice on.",
    adviceNothingNew: "Nothing often bought with their order that they don’t already have.",
  },
  sectionFailed: "This part could not be loaded.",
  retry: "Try again",
  today: {
    arriving: "Arriving today",
    inHouse: "Staying with us",
    leaving: "Leaving today",
    room: (type: string, number: string | null) =>
      number ? `${type}, room ${number}` : `${type}, room not assigned`,
    nights: (n: number) => `${n} ${n === 1 ? "night" : "nights"}`,
    guests: (n: number) => `${n} ${n === 1 ? "guest" : "guests"}`,
    until: (day: string) => `until ${day}`,
    collecting: (orderNumber: string) => `Collecting order ${orderNumber}`,
    moreLines: (n: number) => `+ ${n} more ${n === 1 ? "item" : "items"}`,
  },
  attention: {
    openCase: (kind: string) => `Open ${kind}`,
    opened: "opened",
    moreCases: (n: number) => `+ ${n} more open ${n === 1 ? "case" : "cases"} in the timeline`,
    unanswered: "Unanswered",
  },
  facts: { more: "Older facts are in the timeline below.", by: (name: string) => `by ${name}` },
  advice: {
    basisPickup: "Based on the order they collect today",
    basisLatest: "Based on their latest order",
  },
  badges: {
    openComplaint: "Open complaint",
    arrivingToday: "Arriving today",
    inHouse: "In house",
    collecting: "Order to collect",
  },
  contactPressure: {
    title: "Contact pressure",
    pending:
      "Arrives with the contact policy: how often we contacted them lately, and whether a survey or an offer is allowed now.",
  },
};

/** Source systems' ids ("front-desk", "email-tool") as words. */
export function sourceWords(source: string): string {
  return source.replace(/[-_]+/g, " ").trim();
}
