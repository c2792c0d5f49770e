import { describe, expect, it } from "vitest";
import { ordinal } from "./relationship-copy";
import { summarizeRelationship, type RelationshipInput } from "./relationship-summary";

const now = new Date("2026-11-23T14:00:00Z");
const base: RelationshipInput = {
  previousStays: 0,
  previousOrders: 0,
  lastVisit: null,
  firstSeenAt: new Date("2021-03-10T10:00:00Z"),
  today: null,
  now,
};

describe("summarizeRelationship", () => {
  it("counts today's stay as the next one for a returning guest", () => {
    const summary = summarizeRelationship({
      ...base,
      previousStays: 3,
      previousOrders: 1,
      today: "stay",
      lastVisit: { kind: "stay", at: new Date("2026-03-12T12:00:00Z"), locationName: "Hotel Amsterdam" },
    });
    expect(summary).toMatchObject({
      isReturning: true,
      status: "Returning guest",
      occasion: "4th stay",
      counts: "3 earlier stays · 1 earlier order",
      customerSince: "Customer since March 2021",
    });
    expect(summary.lastVisit).toMatchObject({
      label: "Last stay",
      date: "12 Mar",
      ago: "8 months ago",
      locationName: "Hotel Amsterdam",
    });
  });

  it("calls a first stay a first stay", () => {
    expect(summarizeRelationship({ ...base, today: "stay" })).toMatchObject({
      isReturning: false,
      status: "New customer",
      occasion: "First stay with us",
      counts: "No stays or orders yet",
      lastVisit: null,
    });
  });

  it("counts orders for a pickup", () => {
    expect(summarizeRelationship({ ...base, previousOrders: 5, today: "pickup" })).toMatchObject({
      isReturning: true,
      status: "Returning customer",
      occasion: "6th order",
      counts: "5 earlier orders",
    });
    // A hotel guest collecting their first order is returning, but it is their first order.
    expect(summarizeRelationship({ ...base, previousStays: 2, today: "pickup" })).toMatchObject({
      isReturning: true,
      occasion: "First order with us",
    });
  });

  it("needs two visits to call someone returning when they are not here today", () => {
    expect(summarizeRelationship({ ...base, previousOrders: 1 })).toMatchObject({
      isReturning: false,
      status: "Known customer",
      occasion: null,
      counts: "1 order",
    });
    expect(summarizeRelationship({ ...base, previousStays: 2 })).toMatchObject({
      isReturning: true,
      status: "Returning guest",
      counts: "2 stays",
    });
    expect(summarizeRelationship(base).status).toBe("New customer");
  });
});

describe("ordinal", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [102, "102nd"],
  ])("%i → %s", (n, text) => expect(ordinal(n)).toBe(text));
});
