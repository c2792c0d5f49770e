import type { LiveChange } from "@/lib/live/live-types";

// What a live board reads again after a push, and how the answer goes into the board it shows.
// Pure functions, so the rules are tested without a browser.

export interface LiveRow {
  customer: { id: string };
}

export interface LiveBoard<Row extends LiveRow> {
  rows: Row[];
  generatedAt: string;
}

/** Changes heard since the last read, folded together. */
export interface PendingChanges {
  ids: Set<string>;
  customers: Set<string>;
  all: boolean;
}

export const emptyPending = (): PendingChanges => ({ ids: new Set(), customers: new Set(), all: false });

/** The most rows one partial read asks for; more, and the board is read whole. */
export const MAX_ROWS_PER_READ = 200;

export function addChange(pending: PendingChanges, change: LiveChange): void {
  if (change.all) pending.all = true;
  const target = change.kind === "c" ? pending.customers : pending.ids;
  for (const id of change.ids ?? []) target.add(id);
}

/**
 * The rows to read again: the changed bookings or orders (those not on the board yet too, since a
 * new one may belong here), and every row of a customer touched by a change, so a customer's rows
 * stay consistent (one piece of advice covers all of a shopper's waiting orders). "all" when the
 * board must be read whole; an empty list when nothing on this board is concerned.
 */
export function rowsToRead<Row extends LiveRow>(
  board: LiveBoard<Row>,
  pending: PendingChanges,
  rowId: (row: Row) => string,
): string[] | "all" {
  if (pending.all) return "all";
  const customers = new Set(pending.customers);
  for (const row of board.rows) if (pending.ids.has(rowId(row))) customers.add(row.customer.id);
  const wanted = new Set(pending.ids);
  for (const row of board.rows) if (customers.has(row.customer.id)) wanted.add(rowId(row));
  if (wanted.size > MAX_ROWS_PER_READ) return "all";
  return [...wanted];
}

/**
 * The board with the rows read again in place: a row that came back replaces the old one, a row
 * asked for that did not come back has left the board (checked out of today's list, handed over,
 * cancelled). "all" when a row came back that the board does not show yet: its place in the
 * board's order is the server's to decide, so the board is read whole.
 */
export function mergeRows<Row extends LiveRow, Board extends LiveBoard<Row>>(
  board: Board,
  asked: readonly string[],
  fresh: readonly Row[],
  rowId: (row: Row) => string,
): Board | "all" {
  const shown = new Set(board.rows.map(rowId));
  const freshById = new Map(fresh.map((row) => [rowId(row), row]));
  for (const id of freshById.keys()) if (!shown.has(id)) return "all";
  const askedIds = new Set(asked);
  const rows = board.rows.flatMap((row) => {
    const id = rowId(row);
    if (!askedIds.has(id)) return [row];
    const replacement = freshById.get(id);
    return replacement ? [replacement] : [];
  });
  return { ...board, rows };
}
