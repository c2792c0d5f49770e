import { CalendarClock, MapPin } from "lucide-react";
import { formatDateTime, formatRelativeDay } from "@/lib/format/dates";
import { customerName, UNNAMED_CUSTOMER } from "@/lib/format/names";
import { matchLabels, searchCopy } from "./search-copy";
import type { SearchHitJson } from "./use-customer-search-query";

/** One result: enough to tell two people with the same name apart before opening the card. */
export function SearchHit({ hit, now }: { hit: SearchHitJson; now: Date }) {
  const name = customerName(hit) ?? UNNAMED_CUSTOMER;
  const lastSeen = hit.lastSeenAt ? new Date(hit.lastSeenAt) : null;
  const match = hit.match;
  return (
    <div className="flex min-w-0 flex-1 items-center gap-3">
      <div className="min-w-0 flex-1">
        <p className="truncate text-base font-medium text-stone-900">
          {name}
          {hit.preferredName ? (
            <span className="font-normal text-stone-500"> · {searchCopy.goesBy(hit.preferredName)}</span>
          ) : null}
        </p>
        <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-sm text-stone-600">
          <span className="inline-flex items-center gap-1">
            <MapPin aria-hidden="true" className="size-3.5 text-stone-400" />
            {hit.city ?? searchCopy.noCity}
          </span>
          <span className="inline-flex items-center gap-1">
            <CalendarClock aria-hidden="true" className="size-3.5 text-stone-400" />
            {lastSeen ? (
              <time dateTime={hit.lastSeenAt ?? undefined} title={formatDateTime(lastSeen)}>
                {searchCopy.lastSeen} {formatRelativeDay(lastSeen, now)}
              </time>
            ) : (
              searchCopy.neverSeen
            )}
          </span>
        </p>
      </div>
      {/* A plain name match needs no label: the name on screen is what matched. */}
      {match.kind === "name" ? null : (
        <span className="max-w-[45%] shrink-0 truncate rounded-md bg-stone-100 px-2 py-1 text-xs text-stone-700">
          {matchLabels[match.kind]}
          {"value" in match ? <span className="font-mono"> {match.value}</span> : null}
        </span>
      )}
    </div>
  );
}
