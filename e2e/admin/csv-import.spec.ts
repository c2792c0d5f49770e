import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signInAs } from "../support/auth";

const ROWS = 3000;
/** Numbers as the Dutch interface writes them: 3.000. */
const nl = (value: number) => value.toLocaleString("nl-NL");

/** A few thousand page views; every 150th row has a bad channel and row 1000 of the data a bad date. */
function generateCsv(run: string): { csv: string; badRows: number[] } {
  const lines = ["source_event_id,type,channel,direction,occurred_at,email,first_name,last_name,summary"];
  const badRows: number[] = [];
  for (let i = 1; i <= ROWS; i++) {
    const isBadChannel = i % 150 === 0;
    const occurredAt =
      i === 1000 ? "last tuesday" : `2026-11-${String(1 + (i % 20)).padStart(2, "0")}T10:00:00+01:00`;
    if (isBadChannel || i === 1000) badRows.push(i + 1);
    lines.push(
      `${run}-${i},page_view,${isBadChannel ? "fax" : "web"},inbound,${occurredAt},guest${i % 400}.${run}@e2e-import.nl,Guest,Nr ${i % 400},"Viewed offer, ""winter"""`,
    );
  }
  return { csv: `${lines.join("\n")}\n`, badRows };
}

test("an admin imports a CSV of events, watches the progress bar and downloads the error report", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, "admin", []);
  const run = `e2e-${randomBytes(3).toString("hex")}`;
  const { csv, badRows } = generateCsv(run);
  const file = { name: "winter-campaign.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };

  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CSV-import");
  await expect(
    page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "CSV-import" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Er loopt geen import" })).toBeVisible();

  // Keyboard only: choose the kind, the file and start.
  await page.getByRole("radio", { name: "Klantreisgebeurtenissen" }).check();
  await page.getByLabel("CSV-bestand").setInputFiles(file);
  await page.getByLabel("Naam van de bron").fill("e2e-import");
  await page.getByRole("button", { name: "Import starten" }).focus();
  await page.keyboard.press("Enter");

  const progress = page.getByRole("progressbar", { name: "Voortgang van de import" });
  await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 120_000 });
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^${nl(ROWS)} rijen geïmporteerd in`));
  const stat = (label: string) =>
    page.getByRole("term").filter({ hasText: label }).locator("xpath=following-sibling::dd");
  await expect(stat("Opgeslagen")).toHaveText(nl(ROWS - badRows.length));
  await expect(stat("Geweigerd")).toHaveText(String(badRows.length));
  await expect(page.getByRole("table", { name: "Geweigerde rijen" }).getByRole("row")).toHaveCount(11);
  await page.screenshot({ path: "test-results/e2e/screenshots/csv-import.png", fullPage: true });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Foutenverslag downloaden" }).click();
  const report = await readFile(await (await download).path(), "utf8");
  const lines = report.trim().split("\r\n");
  // Every field quoted (lib/csv/write-csv.ts), so no spreadsheet splits or runs a cell.
  expect(lines[0]).toBe('"rij","kolom","reden"');
  expect(lines).toHaveLength(badRows.length + 1);
  expect(
    lines
      .map((l) => Number(l.split(",")[0]!.replace(/"/g, "")))
      .slice(1)
      .sort((a, b) => a - b),
  ).toEqual(badRows);
  // Each refused row names the spreadsheet column to fix (the reasons are the lib's, in the
  // uploader's language once it has them).
  expect(lines.find((line) => line.startsWith('"1001","occurred_at",'))).toMatch(
    /2026-11-23T14:05:00\+01:00/,
  );
  expect(lines.find((line) => line.startsWith('"151","channel",'))).toMatch(/in_person, store, .*walk_in/);

  // The same file again: nothing new is stored, every good row is a duplicate.
  await page.getByRole("button", { name: "Import starten" }).click();
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^${nl(ROWS)} rijen geïmporteerd`), {
    timeout: 120_000,
  });
  await expect(stat("Dubbel")).toHaveText(nl(ROWS - badRows.length));
  await expect(stat("Opgeslagen")).toHaveText("0");
});

test("a file without the required columns gets a message naming them", async ({ page }) => {
  await signInAs(page, "admin", []);
  await page.goto("/admin/import");
  await page.getByLabel("CSV-bestand").setInputFiles({
    name: "wrong.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("email,first_name\nann@e2e-import.nl,Ann\n"),
  });
  await page.getByRole("button", { name: "Import starten" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "source_event_id, type, channel, direction, occurred_at" }),
  ).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveCount(0);
});
