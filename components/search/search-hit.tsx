import { CalendarClock, MapPin } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime, formatRelativeDay } from "@/lib/format/dates";
import { customerName } from "@/lib/format/names";
import { matchLabel } from "./match-label";
import type { SearchHitJson } from "./use-customer-search-query";

/** One result: enough to tell two people with the same name apart before opening the card. */
export function SearchHit({ hit, now }: { hit: SearchHitJson; now: Date }) {
  const t = useTranslations("search");
  const tAll = useTranslations();
  const locale = useLocale();
  const name = customerName(hit) ?? tAll("customers.unnamed");
  const lastSeen = hit.lastSeenAt ? new Date(hit.lastSeenAt) : null;
  const match = hit.match;
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1.5 sm:flex-row sm:items-center sm:gap-3">
      <div className="min-w-0 flex-1">
        <p className="text-base font-medium break-words text-stone-900">
          {name}
          {hit.preferredName ? (
            <span className="font-normal text-stone-600"> · {t("goesBy", { name: hit.preferredName })}</span>
          ) : null}
        </p>
        <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-sm text-stone-600">
          <span className="inline-flex items-center gap-1">
            <MapPin aria-hidden="true" className="size-3.5 text-stone-500" />
            {hit.city ?? t("noCity")}
          </span>
          <span className="inline-flex items-center gap-1">
            <CalendarClock aria-hidden="true" className="size-3.5 text-stone-500" />
            {lastSeen ? (
              <time dateTime={hit.lastSeenAt ?? undefined} title={formatDateTime(lastSeen, locale)}>
                {t("lastSeen", { when: formatRelativeDay(lastSeen, now, locale) })}
              </time>
            ) : (
              t("neverSeen")
            )}
          </span>
        </p>
      </div>
      {/* A plain name match needs no label: the name on screen is what matched. */}
      {match.kind === "name" ? null : (
        <span className="self-start rounded-md bg-stone-100 px-2 py-1 text-xs wrap-anywhere text-stone-700 sm:max-w-[45%] sm:shrink-0 sm:self-center">
          {matchLabel(tAll, match.kind)}
          {"value" in match ? <span className="font-mono"> {match.value}</span> : null}
        </span>
      )}
    </div>
  );
}
