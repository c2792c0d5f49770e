import { useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { EligibilityRule } from "@/lib/eligibility/eligibility-types";
import { formatDecimal, formatNumber } from "@/lib/format/numbers";
import type { PolicyViolations } from "@/lib/insights/get-policy-violations";

export function ViolationsByRule({ byRule }: { byRule: PolicyViolations["byRule"] }) {
  const t = useTranslations("insights");
  const locale = useLocale();
  if (byRule.length === 0) {
    return <p className="px-5 py-4 text-sm text-stone-600">{t("byRule.none")}</p>;
  }
  // A rule id from an older release has no words: it shows as stored.
  const ruleLabel = (rule: string) =>
    t.has(`rule.${rule as EligibilityRule}`) ? t(`rule.${rule as EligibilityRule}`) : rule;
  return (
    <Table aria-label={t("byRule.label")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("byRule.rule")}</TableHead>
          <TableHead className="text-right">{t("byRule.contacts")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {byRule.map((row) => (
          <TableRow key={row.rule}>
            <TableCell>{ruleLabel(row.rule)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatNumber(row.count, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ViolationsBySource({ bySource }: { bySource: PolicyViolations["bySource"] }) {
  const t = useTranslations("insights.bySource");
  const locale = useLocale();
  if (bySource.length === 0) {
    return <p className="px-5 py-4 text-sm text-stone-600">{t("none")}</p>;
  }
  const hasUnchecked = bySource.some((row) => row.unchecked > 0);
  // One decimal: "0,4%" says more than a rounded "0%".
  const share = (part: number, whole: number) =>
    whole === 0 ? "–" : `${formatDecimal((part / whole) * 100, locale, 1)}%`;
  return (
    <Table aria-label={t("label")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("source")}</TableHead>
          <TableHead className="text-right">{t("sent")}</TableHead>
          <TableHead className="text-right whitespace-normal">{t("against")}</TableHead>
          {hasUnchecked ? (
            <TableHead className="text-right whitespace-normal">{t("unchecked")}</TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {bySource.map((row) => (
          <TableRow key={row.source}>
            <TableCell className="font-mono text-xs break-all">{row.source}</TableCell>
            <TableCell className="text-right tabular-nums">{formatNumber(row.contacts, locale)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {formatNumber(row.against, locale)}{" "}
              <span className="text-xs text-stone-600">({share(row.against, row.contacts)})</span>
            </TableCell>
            {hasUnchecked ? (
              <TableCell className="text-right tabular-nums">{formatNumber(row.unchecked, locale)}</TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
