// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { withIntl } from "@/tests/helpers/with-intl";
import { RolePermissions } from "./role-permissions";

afterEach(cleanup);

describe("RolePermissions", () => {
  it("shows roles and permissions in words, never their code names", () => {
    const { container } = render(withIntl(<RolePermissions />));
    const table = screen.getByRole("table", { name: "Rechten per rol" });
    for (const role of ["Stagiair", "Receptionist", "Winkelmedewerker", "Manager", "Beheerder"]) {
      expect(within(table).getByRole("columnheader", { name: role })).toBeTruthy();
    }
    const checkIn = within(table).getByRole("row", { name: /Gasten inchecken/ });
    expect(within(checkIn).getAllByRole("img", { name: "toegestaan" })).toHaveLength(3);
    expect(container.textContent).not.toMatch(/store_staff|arrivals\.checkIn|permissions\.ts/);
  });

  it("lists on a phone which roles have each permission", () => {
    render(withIntl(<RolePermissions />, "en"));
    const list = screen.getByRole("list", { name: "Permissions per role" });
    const item = within(list).getByText("Hand orders over").closest("li")!;
    expect(item.textContent).toContain("Store staff, Manager, Admin");
  });
});
