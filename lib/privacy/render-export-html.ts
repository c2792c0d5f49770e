import type { PrivacyExport } from "@/lib/validation/privacy";

// The readable form of the export, for sending to the customer: one self-contained HTML page with
// every section of the JSON bundle as a table. Every value is escaped; no scripts, no external assets.

const SECTIONS: [keyof PrivacyExport, string, string][] = [
  [
    "identities",
    "How we recognise you",
    "Email addresses, phone numbers and ids that source systems sent us.",
  ],
  ["events", "Your journey", "Everything that happened with or to you, in order."],
  ["bookings", "Bookings", ""],
  ["orders", "Orders", ""],
  ["serviceCases", "Questions and complaints", ""],
  ["consents", "Consents", "What you allowed or refused, and when."],
  ["facts", "What you told us", "Preferences and facts staff recorded so they need not ask again."],
  ["notes", "Staff notes", ""],
  ["outboundContacts", "Messages we sent", "Each with whether it was within our contact policy."],
  ["merges", "Records combined", "When two records turned out to be you."],
  ["recipients", "Who looked at your data", "Every time staff opened or exported your profile."],
];

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function cell(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "object") return `<pre>${escape(JSON.stringify(value, null, 1))}</pre>`;
  return escape(String(value));
}

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return "<p>None.</p>";
  const columns = Object.keys(rows[0]!).filter((column) => column !== "lines");
  const head = columns.map((column) => `<th scope="col">${escape(column)}</th>`).join("");
  const body = rows
    .map(
      (row) => `<tr>${columns.map((column) => `<td>${cell(row[column])}</td>`).join("")}</tr>${linesOf(row)}`,
    )
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function linesOf(row: Record<string, unknown>): string {
  const lines = row.lines;
  if (!Array.isArray(lines) || lines.length === 0) return "";
  const text = lines
    .map(
      (line: { quantity: number; productName: string; unitPrice: string }) =>
        `${line.quantity} × ${line.productName} (${line.unitPrice})`,
    )
    .join(", ");
  return `<tr><td colspan="99">${escape(text)}</td></tr>`;
}

export function renderExportHtml(data: PrivacyExport): string {
  const name = [data.customer.firstName, data.customer.lastName].filter(Boolean).join(" ") || "Customer";
  const profile = Object.entries(data.customer)
    .map(([key, value]) => `<tr><th scope="row">${escape(key)}</th><td>${cell(value)}</td></tr>`)
    .join("");
  const sections = SECTIONS.map(
    ([key, title, description]) =>
      `<section><h2>${escape(title)}</h2>${description ? `<p>${escape(description)}</p>` : ""}${table(data[key] as Record<string, unknown>[])}</section>`,
  ).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Your data at Gastvrij: ${escape(name)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1c1917}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #d6d3d1;padding:.3rem .5rem;text-align:left;vertical-align:top}pre{margin:0;white-space:pre-wrap;font-size:12px}</style>
</head><body><h1>Your data at Gastvrij: ${escape(name)}</h1>
<p>Everything we hold about you on ${escape(data.generatedAt.slice(0, 10))}, as the General Data Protection Regulation (Art. 15) entitles you to. A machine-readable copy (JSON) is available on request (Art. 20).</p>
<section><h2>Profile</h2><table><tbody>${profile}</tbody></table></section>${sections}</body></html>`;
}
