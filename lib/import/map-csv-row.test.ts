import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { prepareEventItem } from "@/lib/ingest/prepare-item";
import { checkFieldCount, issueToColumn, resolveHeader, rowToRecord } from "./map-csv-row";

const EVENT_HEADER = [
  "source_event_id",
  "type",
  "channel",
  "direction",
  "occurred_at",
  "email",
  "first_name",
  "utm_source",
];

describe("resolveHeader", () => {
  it("accepts the documented columns in any order, case and spacing", () => {
    const columns = resolveHeader("events", [
      "Occurred At",
      "TYPE",
      "channel",
      "direction",
      "source-event-id",
      "email",
    ]);
    expect(columns.map((c) => c.name)).toEqual([
      "occurred_at",
      "type",
      "channel",
      "direction",
      "source_event_id",
      "email",
    ]);
  });

  it("names missing required, unknown and repeated columns in one 400", () => {
    const attempt = () => resolveHeader("events", ["type", "emial", "type", "channel"]);
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(
      /unknown column emial.*type appears more than once.*missing required columns source_event_id, direction, occurred_at/,
    );
  });

  it("asks for an identifier column", () => {
    expect(() => resolveHeader("customers", ["first_name", "city"])).toThrow(
      /at least one identifier column: email, phone/,
    );
  });
});

describe("rowToRecord", () => {
  const columns = resolveHeader("events", EVENT_HEADER);

  it("nests flat columns into the API's event shape and leaves empty cells out", () => {
    const record = rowToRecord(columns, [
      "e-1",
      "page_view",
      "web",
      "inbound",
      "2026-11-20T10:00:00Z",
      " Ann@Example.nl ",
      "",
      "google",
    ]);
    expect(record).toEqual({
      sourceEventId: "e-1",
      type: "page_view",
      channel: "web",
      direction: "inbound",
      occurredAt: "2026-11-20T10:00:00Z",
      identifiers: { email: "Ann@Example.nl" },
      campaign: { source: "google" },
    });
    expect(prepareEventItem(record, 0, "csv-import").ok).toBe(true);
  });

  it("maps customer columns to identifiers and traits", () => {
    const record = rowToRecord(resolveHeader("customers", ["phone", "last_name", "country"]), [
      "0612345678",
      "Jansen",
      "NL",
    ]);
    expect(record).toEqual({
      identifiers: { phone: "0612345678" },
      traits: { lastName: "Jansen", country: "NL" },
    });
  });
});

describe("issueToColumn", () => {
  it("turns the API's JSON path into the CSV column", () => {
    const record = rowToRecord(resolveHeader("events", EVENT_HEADER), [
      "e-2",
      "page_view",
      "fax",
      "inbound",
      "yesterday",
      "a@b.nl",
      "",
      "",
    ]);
    const prepared = prepareEventItem(record, 7, "csv-import");
    expect(prepared.ok).toBe(false);
    const issues = prepared.ok ? [] : prepared.errors.map((e) => issueToColumn("events", e.path, e.message));
    expect(issues.map((i) => i.column).sort()).toEqual(["channel", "occurred_at"]);
    expect(issues.find((i) => i.column === "channel")?.message).toMatch(
      /^must be one of web, app, email, .*, walk_in$/,
    );
  });

  it("explains a missing identifier and event types the CSV cannot carry", () => {
    expect(
      issueToColumn("customers", "$.customers[3].identifiers", "no usable identifier: send …").message,
    ).toMatch(/fill at least one of email, phone/);
    expect(
      issueToColumn("events", "$.events[0].booking", "is required for booking_created events"),
    ).toMatchObject({
      column: "type",
      message: expect.stringMatching(/booking is required .*send these events through the API/),
      ref: { key: "errors.import.detailField" },
    });
    expect(issueToColumn("events", "$.events[0].identifiers.phone", "ignored: placeholder").column).toBe(
      "phone",
    );
  });
});

describe("checkFieldCount", () => {
  it("refuses a row with more or fewer values than the header", () => {
    const columns = resolveHeader("customers", ["email", "city"]);
    expect(checkFieldCount(columns, ["a@b.nl", "Delft"])).toBeNull();
    expect(checkFieldCount(columns, ["a@b.nl"])?.message).toBe("has 1 value but the header has 2 columns");
  });
});
