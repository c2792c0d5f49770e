// Words of the relationship summary, apart from its rules so a translation replaces this file only.

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th");
  return `${n}${suffix}`;
}

export const relationshipCopy = {
  returningGuest: "Returning guest",
  returningCustomer: "Returning customer",
  knownCustomer: "Known customer",
  newCustomer: "New customer",
  nthStay: (n: number) => `${ordinal(n)} stay`,
  nthOrder: (n: number) => `${ordinal(n)} order`,
  firstStay: "First stay with us",
  firstOrder: "First order with us",
  stays: (n: number, earlier: boolean) =>
    plural(n, earlier ? "earlier stay" : "stay", earlier ? "earlier stays" : "stays"),
  orders: (n: number, earlier: boolean) =>
    plural(n, earlier ? "earlier order" : "order", earlier ? "earlier orders" : "orders"),
  nothingYet: "No stays or orders yet",
  lastStay: "Last stay",
  lastPickup: "Last pickup",
  customerSince: (monthYear: string) => `Customer since ${monthYear}`,
};
