import type { ReactNode } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

const numberFormat = new Intl.NumberFormat("en-GB");

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
  return (
    <Card>
      <CardHeader className="border-b-0">
        <CardDescription>{label}</CardDescription>
        <CardTitle className="text-3xl tabular-nums">{numberFormat.format(value)}</CardTitle>
        {detail ? <p className="text-xs text-stone-500">{detail}</p> : null}
      </CardHeader>
    </Card>
  );
}
