// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ArrivalRow } from "@/lib/boards/board-types";
import { formatTime } from "@/lib/format/dates";
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
  options: { isPending?: boolean; failure?: string; canCheckIn?: boolean } = {},
) {
  const onCheckIn = vi.fn();
  render(
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
  );
  return { onCheckIn, cells: within(screen.getByRole("row")) };
}

describe("the arrival row's action", () => {
  it("offers check-in by the guest's name and hands the row over when clicked", () => {
    const { onCheckIn, cells } = renderRow(confirmed);
    expect(cells.getByRole("link", { name: "Marieke Bosman" }).getAttribute("href")).toBe("/customers/c-1");
    expect(cells.getByText("3 nights · Room 512")).toBeTruthy();
    fireEvent.click(cells.getByRole("button", { name: "Check in Marieke Bosman" }));
    expect(onCheckIn).toHaveBeenCalledExactlyOnceWith(confirmed);
  });

  it("shows progress instead of the button while the check-in is on its way", () => {
    const { cells } = renderRow(confirmed, { isPending: true });
    expect(cells.getByRole("status").textContent).toBe("Checking in…");
    expect(cells.queryByRole("button")).toBeNull();
  });

  it("shows when a checked-in guest arrived, and no button", () => {
    const checkedInAt = "2026-12-07T14:05:00.000Z";
    const { cells } = renderRow({ ...confirmed, status: "checked_in", checkedInAt, canCheckIn: false });
    expect(cells.getByText(`Checked in ${formatTime(new Date(checkedInAt))}`)).toBeTruthy();
    expect(cells.queryByRole("button")).toBeNull();
  });

  it("says checked out and no-show in words", () => {
    renderRow({ ...confirmed, status: "checked_out", canCheckIn: false });
    expect(screen.getByText("Checked out")).toBeTruthy();
    cleanup();
    renderRow({ ...confirmed, status: "no_show", canCheckIn: false });
    expect(screen.getByText("No-show")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("says Expected for a booking whose stay has not begun", () => {
    const { cells } = renderRow({ ...confirmed, canCheckIn: false });
    expect(cells.getByText("Expected")).toBeTruthy();
    expect(cells.queryByRole("button")).toBeNull();
  });

  it("offers nothing to staff who may not check guests in", () => {
    const { cells } = renderRow(confirmed, { canCheckIn: false });
    expect(cells.queryByRole("button")).toBeNull();
    expect(cells.queryByText("Expected")).toBeNull();
  });

  it("keeps the reason a check-in failed next to the button, for another try", () => {
    const failure = "Could not check in Marieke Bosman: This booking was cancelled.";
    const { cells } = renderRow(confirmed, { failure });
    expect(cells.getByText(failure)).toBeTruthy();
    expect(cells.getByRole("button", { name: "Check in Marieke Bosman" })).toBeTruthy();
  });
});
