"use client";

import { useQuery } from "@tanstack/react-query";
import { Users, X } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { INTL_LOCALE, type UiLocale } from "@/i18n/locales";
import { formatNumber, formatPercent } from "@/lib/format/numbers";
import type { PathCustomer } from "@/lib/insights/manager-insights-types";
import type { PathKind } from "@/lib/validation/insights";
import { PALETTE } from "./chart-spec";

export interface PathListItem {
  path: string;
  label: string;
  current: number;
  previous: number;
}

async function fetchCustomers(query: string): Promise<PathCustomer[]> {
  const response = await fetch(`/api/insights/paths/customers?${query}`, {
    headers: { accept: "application/json" },
  });
  if (!response.ok) throw new Error(`status ${response.status}`);
  return ((await response.json()) as { customers: PathCustomer[] }).customers;
}

/**
 * The ranked journey paths as bars you can choose: choosing one lists the latest customers who took
 * it, each a link to their customer view (which checks scope, masks and records the view itself).
 */
export function PathList({
  kind,
  items,
  total,
  filterQuery,
  locationNames,
  showPrevious,
}: {
  kind: PathKind;
  items: PathListItem[];
  total: number;
  /** The page's filters as a query string, so the samples come from the same locations and period. */
  filterQuery: string;
  locationNames: Record<string, string>;
  showPrevious: boolean;
}) {
  const t = useTranslations("managerInsights");
  const locale = useLocale() as UiLocale;
  const [chosen, setChosen] = useState<PathListItem | null>(null);
  const panelId = useId();
  const max = Math.max(1, ...items.map((item) => Math.max(item.current, showPrevious ? item.previous : 0)));
  const query = chosen
    ? `${filterQuery}${filterQuery ? "&" : ""}kind=${kind}&path=${encodeURIComponent(chosen.path)}`
    : "";
  const customers = useQuery({
    queryKey: ["insights", "path-customers", query],
    queryFn: () => fetchCustomers(query),
    enabled: chosen !== null,
    staleTime: 60_000,
  });
  const day = (value: string) =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${value}T00:00:00Z`));

  return (
    <div className="space-y-3">
      <ol className="space-y-1.5">
        {items.map((item) => (
          <li key={item.path}>
            <button
              type="button"
              aria-expanded={chosen?.path === item.path}
              aria-controls={panelId}
              onClick={() => setChosen(chosen?.path === item.path ? null : item)}
              className="group flex min-h-11 w-full flex-col gap-1 rounded-md px-2 py-1.5 text-left hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-brand-600 aria-expanded:bg-brand-50"
            >
              <span className="flex w-full flex-wrap items-baseline justify-between gap-x-3 text-sm">
                <span className="min-w-0 font-medium text-stone-800">
                  <span className="sr-only">{t("pathCustomers.showPrefix")} </span>
                  {item.label}
                </span>
                <span className="text-stone-700 tabular-nums">
                  {formatNumber(item.current, locale)} ·{" "}
                  {formatPercent(total > 0 ? item.current / total : 0, locale)}
                </span>
              </span>
              <span aria-hidden="true" className="block h-2.5 w-full rounded-sm bg-stone-100">
                <span
                  className="block h-full rounded-sm"
                  style={{ width: `${(item.current / max) * 100}%`, background: PALETTE[0] }}
                />
              </span>
              {showPrevious ? (
                <span aria-hidden="true" className="block h-1.5 w-full rounded-sm bg-stone-100">
                  <span
                    className="block h-full rounded-sm bg-stone-400"
                    style={{ width: `${(item.previous / max) * 100}%` }}
                  />
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
      <div id={panelId} aria-live="polite">
        {chosen ? (
          <div className="rounded-lg border border-stone-200 bg-stone-50 p-3">
            <div className="flex items-start justify-between gap-2">
              <h4 className="text-sm font-semibold text-stone-900">
                {t("pathCustomers.title", { path: chosen.label })}
              </h4>
              <button
                type="button"
                onClick={() => setChosen(null)}
                className="inline-flex size-11 shrink-0 items-center justify-center rounded-md text-stone-700 hover:bg-stone-200"
              >
                <X aria-hidden="true" className="size-4" />
                <span className="sr-only">{t("pathCustomers.close")}</span>
              </button>
            </div>
            <p className="mb-2 text-xs text-stone-600">{t("pathCustomers.intro")}</p>
            {customers.isPending ? (
              <p className="text-sm text-stone-600">{t("pathCustomers.loading")}</p>
            ) : customers.isError ? (
              <p role="alert" className="text-sm text-red-800">
                {t("pathCustomers.failed")}
              </p>
            ) : customers.data.length === 0 ? (
              <p className="text-sm text-stone-600">{t("pathCustomers.empty")}</p>
            ) : (
              <ul className="divide-y divide-stone-200">
                {customers.data.map((customer) => (
                  <li key={`${customer.id}:${customer.day}`}>
                    <Link
                      href={`/customers/${customer.id}`}
                      className="flex min-h-11 flex-wrap items-center justify-between gap-x-3 py-1 text-sm hover:underline"
                    >
                      <span className="inline-flex items-center gap-2 font-medium text-brand-700">
                        <Users aria-hidden="true" className="size-4" />
                        {customer.name ?? t("pathCustomers.unnamed")}
                      </span>
                      <span className="text-stone-600">
                        {t("pathCustomers.on", {
                          day: day(customer.day),
                          location: locationNames[customer.locationId] ?? "",
                        })}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
