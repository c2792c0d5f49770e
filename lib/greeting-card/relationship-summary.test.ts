import { describe, expect, it } from "vitest";
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
const nl = (input: RelationshipInput) => summarizeRelationship(input, "nl");
const en = (input: RelationshipInput) => summarizeRelationship(input, "en");

describe("summarizeRelationship", () => {
  const returning: RelationshipInput = {
    ...base,
    previousStays: 3,
    previousOrders: 1,
    today: "stay",
    lastVisit: { kind: "stay", at: new Date("2026-03-12T12:00:00Z"), locationName: "Hotel Amsterdam" },
  };

  it("counts today's stay as the next one for a returning guest", () => {
    expect(nl(returning)).toMatchObject({
      isReturning: true,
      status: "Terugkerende gast",
      occasion: "4e verblijf",
      counts: "3 eerdere verblijven · 1 eerdere bestelling",
      customerSince: "Klant sinds maart 2021",
    });
    expect(nl(returning).lastVisit).toMatchObject({
      label: "Laatste verblijf",
      date: "12 mrt",
      ago: "8 maanden geleden",
      locationName: "Hotel Amsterdam",
    });
  });

  it("says the same in English", () => {
    expect(en(returning)).toMatchObject({
      status: "Returning guest",
      occasion: "4th stay",
      counts: "3 earlier stays · 1 earlier order",
      customerSince: "Customer since March 2021",
    });
    expect(en(returning).lastVisit).toMatchObject({
      label: "Last stay",
      date: "12 Mar",
      ago: "8 months ago",
    });
  });

  it("calls a first stay a first stay", () => {
    expect(nl({ ...base, today: "stay" })).toMatchObject({
      isReturning: false,
      status: "Nieuwe klant",
      occasion: "Eerste verblijf bij ons",
      counts: "Nog geen verblijven of bestellingen",
      lastVisit: null,
    });
  });

  it("counts orders for a pickup", () => {
    expect(nl({ ...base, previousOrders: 5, today: "pickup" })).toMatchObject({
      isReturning: true,
      status: "Terugkerende klant",
      occasion: "6e bestelling",
      counts: "5 eerdere bestellingen",
    });
    // A hotel guest collecting their first order is returning, but it is their first order.
    expect(nl({ ...base, previousStays: 2, today: "pickup" })).toMatchObject({
      isReturning: true,
      occasion: "Eerste bestelling bij ons",
    });
    expect(en({ ...base, previousStays: 2, today: "pickup", lastVisit: null })).toMatchObject({
      occasion: "First order with us",
      counts: "2 earlier stays",
    });
  });

  it("needs two visits to call someone returning when they are not here today", () => {
    expect(nl({ ...base, previousOrders: 1 })).toMatchObject({
      isReturning: false,
      status: "Bekende klant",
      occasion: null,
      counts: "1 bestelling",
    });
    expect(nl({ ...base, previousStays: 2 })).toMatchObject({
      isReturning: true,
      status: "Terugkerende gast",
      counts: "2 verblijven",
    });
    expect(nl(base).status).toBe("Nieuwe klant");
  });
});

describe("English ordinals", () => {
  it.each([
    [1, "2nd stay"],
    [2, "3rd stay"],
    [3, "4th stay"],
    [10, "11th stay"],
    [11, "12th stay"],
    [12, "13th stay"],
    [20, "21st stay"],
    [101, "102nd stay"],
  ])("%i earlier stays → %s", (previousStays, occasion) =>
    expect(en({ ...base, previousStays, today: "stay" }).occasion).toBe(occasion),
  );
});
