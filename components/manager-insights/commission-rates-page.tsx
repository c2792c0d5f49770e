import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { UiLocale } from "@/i18n/locales";
import { formatDateTime, DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import { formatDecimal } from "@/lib/format/numbers";
import type { CommissionRatesOverview } from "@/lib/insights/list-commission-rate-versions";
import { localDate } from "@/lib/time/local-date";
import { CommissionRatesForm } from "./commission-rates-form";
import { dayLabel } from "./insight-format";

/** Admin → the commission rates per OTA, versioned like the contact policy. */
export async function CommissionRatesPage({ overview }: { overview: CommissionRatesOverview }) {
  const [t, locale] = await Promise.all([
    getTranslations("managerInsights.commission"),
    getLocale() as Promise<UiLocale>,
  ]);
  const { today, versions } = overview;
  const rate = (value: number) => formatDecimal(value, locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <p>
        <Link
          href="/insights#rebooking"
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4"
        >
          {t("back")}
        </Link>
      </p>
      <p className="text-sm text-stone-800" data-rates-in-force>
        {today.version === 0
          ? t("defaults", { booking_com: rate(today.rates.booking_com), expedia: rate(today.rates.expedia) })
          : `${t("inForce", { booking_com: rate(today.rates.booking_com), expedia: rate(today.rates.expedia) })} · ${t(
              "versionLine",
              {
                version: today.version,
                validFrom: dayLabel(today.validFrom!, locale),
              },
            )}`}
      </p>
      <Card>
        <CardHeader>
          <CardTitle>{t("form.title")}</CardTitle>
          <p className="text-sm text-stone-600">{t("form.intro")}</p>
        </CardHeader>
        <CardContent>
          <CommissionRatesForm rates={today.rates} today={localDate(DISPLAY_TIME_ZONE)} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("history.title")}</CardTitle>
        </CardHeader>
        {versions.length === 0 ? (
          <CardContent>
            <p className="text-sm text-stone-600">{t("history.empty")}</p>
          </CardContent>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead className="normal-case">{t("history.version")}</TableHead>
                <TableHead className="normal-case">{t("history.validFrom")}</TableHead>
                <TableHead className="normal-case">{t("history.rates")}</TableHead>
                <TableHead className="normal-case">{t("history.by")}</TableHead>
                <TableHead className="normal-case">{t("history.note")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {versions.map((version) => (
                <TableRow key={version.version}>
                  <TableCell>{version.version}</TableCell>
                  <TableCell>{dayLabel(version.validFrom, locale)}</TableCell>
                  <TableCell>
                    Booking.com {rate(version.rates.booking_com)}% · Expedia {rate(version.rates.expedia)}%
                  </TableCell>
                  <TableCell>
                    {version.createdByName ?? t("history.unknownAuthor")}
                    <span className="block text-xs text-stone-600">
                      {formatDateTime(version.createdAt, locale)}
                    </span>
                  </TableCell>
                  <TableCell>{version.note ?? "–"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
