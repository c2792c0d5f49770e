import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import { isNavItemActive, navItemsFor } from "./nav-items";

const keys = (role: (typeof ROLES)[number]) => navItemsFor(role).map((item) => item.key);
const inline = (role: (typeof ROLES)[number]) =>
  navItemsFor(role)
    .filter((item) => !item.isSecondary)
    .map((item) => item.key);

describe("navItemsFor", () => {
  it("gives each role the links it may use, managers their review pages", () => {
    expect(keys("intern")).toEqual(["customers"]);
    expect(keys("receptionist")).toEqual(["arrivals", "customers"]);
    expect(keys("store_staff")).toEqual(["pickups", "customers"]);
    expect(keys("manager")).toEqual(["arrivals", "pickups", "customers", "insights", "review"]);
    expect(keys("admin")).toEqual(["arrivals", "pickups", "customers", "insights", "admin"]);
  });

  it("keeps at most three links in the 1024 px bar, folding the boards first and never the home page", () => {
    for (const role of ROLES) expect(inline(role).length, role).toBeLessThanOrEqual(3);
    expect(inline("receptionist")).toEqual(["arrivals", "customers"]);
    expect(inline("manager")).toEqual(["customers", "insights", "review"]);
    expect(inline("admin")).toEqual(["customers", "insights", "admin"]);
  });
});

describe("isNavItemActive", () => {
  it("lights a link on its own page and the pages under it", () => {
    const customers = { key: "customers" as const, href: "/customers" };
    expect(isNavItemActive(customers, "/customers")).toBe(true);
    expect(isNavItemActive(customers, "/customers/0192f0c4-1b2e-7a00-8000-000000000001")).toBe(true);
    expect(isNavItemActive(customers, "/customers-export")).toBe(false);
  });

  it("lights Admin and Review on every back-office page, the audit log included", () => {
    expect(isNavItemActive({ key: "admin", href: "/admin/users" }, "/admin/api-keys")).toBe(true);
    expect(isNavItemActive({ key: "admin", href: "/admin/users" }, "/audit")).toBe(true);
    expect(isNavItemActive({ key: "review", href: "/audit" }, "/admin/duplicates")).toBe(true);
    expect(isNavItemActive({ key: "review", href: "/audit" }, "/insights")).toBe(false);
  });
});
