import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ruleLabel } from "@/lib/eligibility/eligibility-copy";
import type { PolicyViolations } from "@/lib/insights/get-policy-violations";

const numberFormat = new Intl.NumberFormat("en-GB");
const share = (part: number, whole: number) =>
  whole === 0 ? "–" : `${Math.round((part / whole) * 1000) / 10}%`;

export function ViolationsByRule({ byRule }: { byRule: PolicyViolations["byRule"] }) {
  if (byRule.length === 0) {
    return (
      <p className="px-5 py-4 text-sm text-stone-600">Nothing was sent against policy in this period.</p>
    );
  }
  return (
    <Table aria-label="Sent against policy, by rule">
      <TableHeader>
        <TableRow>
          <TableHead>Rule</TableHead>
          <TableHead className="text-right">Contacts</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {byRule.map((row) => (
          <TableRow key={row.rule}>
            <TableCell>{ruleLabel(row.rule)}</TableCell>
            <TableCell className="text-right tabular-nums">{numberFormat.format(row.count)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ViolationsBySource({ bySource }: { bySource: PolicyViolations["bySource"] }) {
  if (bySource.length === 0) {
    return (
      <p className="px-5 py-4 text-sm text-stone-600">No outbound contact was recorded in this period.</p>
    );
  }
  const hasUnchecked = bySource.some((row) => row.unchecked > 0);
  return (
    <Table aria-label="Outbound contacts by source system">
      <TableHeader>
        <TableRow>
          <TableHead>Source system</TableHead>
          <TableHead className="text-right">Sent</TableHead>
          <TableHead className="text-right">Against policy</TableHead>
          {hasUnchecked ? <TableHead className="text-right">Not checked</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {bySource.map((row) => (
          <TableRow key={row.source}>
            <TableCell className="font-mono text-xs">{row.source}</TableCell>
            <TableCell className="text-right tabular-nums">{numberFormat.format(row.contacts)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {numberFormat.format(row.against)}{" "}
              <span className="text-xs text-stone-500">({share(row.against, row.contacts)})</span>
            </TableCell>
            {hasUnchecked ? (
              <TableCell className="text-right tabular-nums">{numberFormat.format(row.unchecked)}</TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
