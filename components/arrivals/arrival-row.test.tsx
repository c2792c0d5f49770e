// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { UiLocale } from "@/i18n/locales";
import type { ArrivalRow } from "@/lib/boards/board-types";
import { withIntl } from "@/tests/helpers/with-intl";
import { ArrivalRowView } from "./arrival-row";

afterEach(cleanup);

const confirmed: ArrivalRow = {
  bookingId: "b-1",
  reference: "BK-2041",
  status: "confirmed",
  checkedInAt: null,
  canCheckIn: true,
  customer: { id: "c-1", name: "Marieke Bosman" },
  roomType: "Deluxe",
  roomNumber: "512",
  nights: 3,
  guests: 2,
  channel: "booking_com",
  badges: { previousVisits: 0, openComplaints: [], preferences: [] },
  contactBadges: [],
};

function renderRow(
  row: ArrivalRow,
  options: { isPending?: boolean; failure?: string; canCheckIn?: boolean; locale?: UiLocale } = {},
) {
  const onCheckIn = vi.fn();
  render(
    withIntl(
      <table>
        <tbody>
          <ArrivalRowView
            row={row}
            isPending={options.isPending ?? false}
            failure={options.failure}
            canCheckIn={options.canCheckIn ?? true}
            onCheckIn={onCheckIn}
          />
        </tbody>
      </table>,
      options.locale,
    ),
  );
  return { onCheckIn, cells: within(screen.getByRole("row")) };
}

describe("the arrival row's action", () => {
  it("offers check-in by the guest's name and hands the row over when clicked", () => {
    const { onCheckIn, cells } = renderRow(confirmed);
    expect(cells.getByRole("link", { name: "Marieke Bosman" }).getAttribute("href")).toBe("/customers/c-1");
    expect(cells.getByText("3 nachten · Kamer 512")).toBeTruthy();
    expect(cells.getByText("Deluxe · 2 gasten")).toBeTruthy();
    const button = cells.getByRole("button", { name: "Inchecken: Marieke Bosman" });
    expect(button.textContent).toBe("Inchecken");
    fireEvent.click(button);
    expect(onCheckIn).toHaveBeenCalledExactlyOnceWith(confirmed);
  });

  it("says the same in English for English-speaking staff", () => {
    const { cells } = renderRow({ ...confirmed, nights: 1, guests: 1 }, { locale: "en" });
    expect(cells.getByText("1 night · Room 512")).toBeTruthy();
    expect(cells.getByText("Deluxe · 1 guest")).toBeTruthy();
    expect(cells.getByRole("button", { name: "Check in Marieke Bosman" }).textContent).toBe("Check in");
  });

  it("shows progress instead of the button while the check-in is on its way", () => {
    const { cells } = renderRow(confirmed, { isPending: true });
    expect(cells.getByRole("status").textContent).toBe("Bezig met inchecken…");
    expect(cells.queryByRole("button")).toBeNull();
  });

  it("shows when a checked-in guest arrived, in 24-hour time, and no button", () => {
    // 14:05 UTC is 15:05 at the desk in Amsterdam.
    const checkedInAt = "2026-12-07T14:05:00.000Z";
    const { cells } = renderRow({ ...confirmed, status: "checked_in", checkedInAt, canCheckIn: false });
    expect(cells.getByText("Ingecheckt om 15:05")).toBeTruthy();
    expect(cells.queryByRole("button")).toBeNull();
  });

  it("says checked out and no-show in words", () => {
    renderRow({ ...confirmed, status: "checked_out", canCheckIn: false });
    expect(screen.getByText("Uitgecheckt")).toBeTruthy();
    cleanup();
    renderRow({ ...confirmed, status: "no_show", canCheckIn: false });
    expect(screen.getByText("Niet verschenen")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("says Verwacht for a booking whose stay has not begun", () => {
    const { cells } = renderRow({ ...confirmed, canCheckIn: false });
    expect(cells.getByText("Verwacht")).toBeTruthy();
    expect(cells.queryByRole("button")).toBeNull();
  });

  it("offers nothing to staff who may not check guests in", () => {
    const { cells } = renderRow(confirmed, { canCheckIn: false });
    expect(cells.queryByRole("button")).toBeNull();
    expect(cells.queryByText("Verwacht")).toBeNull();
  });

  it("keeps the reason a check-in failed next to the button, for another try", () => {
    const failure = "Marieke Bosman inchecken lukte niet: Deze boeking is geannuleerd.";
    const { cells } = renderRow(confirmed, { failure });
    // Once across the card (phone and tablet) and once under the button (desktop); CSS shows one.
    expect(cells.getAllByText(failure)).toHaveLength(2);
    expect(cells.getByRole("button", { name: "Inchecken: Marieke Bosman" })).toBeTruthy();
  });
});
