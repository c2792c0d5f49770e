import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutralizeCell, writeCsv, type CsvSeparator } from "./write-csv";

const HOSTILE = [
  "Mozilla/5.0;=1+2;x",
  "Mozilla/5.0,=1+2,x",
  '=HYPERLINK("http://x")',
  "+31 6 1234",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  "\r=1",
  "a\n=1",
  'x; "=cmd|" ; y',
  "＝1+2",
  "plain, text; here",
];
const TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** How a spreadsheet that ignores quoting would cut a line: on the separator alone. */
const naiveCells = (csv: string, separator: string) =>
  csv
    .split(/\r\n|\n|\r/)
    .flatMap((line) => line.split(separator))
    .map((cell) => cell.replace(/^[\s"]+/, ""));

describe("writeCsv", () => {
  for (const written of [",", ";"] as CsvSeparator[]) {
    for (const read of [",", ";"]) {
      it(`written with "${written}" and opened with "${read}": no cell starts a formula`, () => {
        const csv = writeCsv(
          ["value"],
          HOSTILE.map((value) => [value]),
          written,
        );
        for (const cell of naiveCells(csv, read)) expect(cell).not.toMatch(TRIGGER);
        // Read properly, every row is one field that keeps the text after its leading quote.
        const parsed = Papa.parse<string[]>(csv.trimEnd(), { delimiter: written }).data;
        expect(parsed).toHaveLength(HOSTILE.length + 1);
        parsed.slice(1).forEach((row, index) => {
          expect(row).toHaveLength(1);
          expect(row[0]!.replace(/'/g, "")).toBe(HOSTILE[index]!.replace(/'/g, ""));
        });
      });
    }
  }

  it("quotes every field, doubles quotes, leaves harmless text alone", () => {
    expect(
      writeCsv(
        ["a", "b"],
        [
          ["x", 'say "hi"'],
          [null, 3],
        ],
      ),
    ).toBe('"a","b"\r\n"x","say ""hi"""\r\n"","3"\r\n');
    expect(neutralizeCell("Anne de Vries")).toBe("Anne de Vries");
    expect(neutralizeCell("=1+2")).toBe("'=1+2");
  });
});
