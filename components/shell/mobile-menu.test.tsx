// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withIntl } from "@/tests/helpers/with-intl";
import { MobileMenu } from "./mobile-menu";
import { navItemsFor } from "./nav-items";

const navigation = vi.hoisted(() => ({ pathname: "/customers" }));
vi.mock("next/navigation", () => ({ usePathname: () => navigation.pathname }));
vi.mock("next-auth/react", () => ({ signOut: vi.fn() }));

afterEach(() => {
  cleanup();
  navigation.pathname = "/customers";
});

const user = { name: "Marieke van den Berg", detail: "Manager · Hotel Amsterdam" };
const renderMenu = (locale: "nl" | "en" = "nl") =>
  render(withIntl(<MobileMenu items={navItemsFor("manager")} user={user} />, locale));

describe("MobileMenu", () => {
  it("opens as a disclosure with every link and the account, focus on the first link", () => {
    renderMenu();
    const button = screen.getByRole("button", { name: "Menu" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("navigation")).toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const nav = screen.getByRole("navigation", { name: "Hoofdmenu" });
    const links = nav.querySelectorAll("a");
    expect([...links].map((link) => link.textContent)).toEqual([
      "Aankomsten",
      "Afhalen",
      "Klanten",
      "Inzichten",
      "Controle",
    ]);
    expect(screen.getByRole("link", { name: "Klanten" }).getAttribute("aria-current")).toBe("page");
    expect(document.activeElement).toBe(links[0]);
    expect(screen.getByRole("link", { name: "Mijn account" }).getAttribute("href")).toBe("/account");
    expect(screen.getByRole("button", { name: "Uitloggen" })).toBeTruthy();
  });

  it("closes on Escape and gives focus back to its button", () => {
    renderMenu();
    const button = screen.getByRole("button", { name: "Menu" });
    fireEvent.click(button);
    fireEvent.keyDown(document, { key: "Escape" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(button);
  });

  it("closes when the page changes", () => {
    const { rerender } = renderMenu();
    const button = screen.getByRole("button", { name: "Menu" });
    fireEvent.click(button);
    navigation.pathname = "/insights";
    act(() => rerender(withIntl(<MobileMenu items={navItemsFor("manager")} user={user} />)));
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("speaks English for English staff", () => {
    renderMenu("en");
    fireEvent.click(screen.getByRole("button", { name: "Menu" }));
    expect(screen.getByRole("navigation", { name: "Main" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Pickups" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sign out" })).toBeTruthy();
  });
});
