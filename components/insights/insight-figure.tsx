import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatNumber } from "@/lib/format/numbers";

/** One headline number with what it counts and, below it, what it is measured against. */
export function InsightFigure({
  label,
  value,
  detail,
}: {
  label: string;
  value: number;
  detail?: ReactNode;
}) {
  const locale = useLocale();
  return (
    <Card>
      <CardHeader className="border-b-0">
        <CardDescription>{label}</CardDescription>
        <p className="text-3xl font-semibold text-stone-900 tabular-nums">{formatNumber(value, locale)}</p>
        {detail ? <p className="text-xs text-stone-600">{detail}</p> : null}
      </CardHeader>
    </Card>
  );
}
