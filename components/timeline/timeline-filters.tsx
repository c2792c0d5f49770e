"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DatePicker } from "@/components/ui/date-picker";
import { Label } from "@/components/ui/label";
import { Channel, type EventType } from "@/lib/generated/prisma/enums";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import type { TimelineFilters as Filters } from "@/lib/validation/timeline";
import { FilterMenu } from "./filter-menu";

type TimelineFiltersProps = {
  filters: Filters;
  locations: TimelineLocation[];
  onChange: (filters: Filters) => void;
};

/** Event types grouped the way staff think of them, for the type filter. */
const EVENT_TYPE_GROUPS = [
  {
    group: "stays",
    types: ["booking_created", "booking_modified", "booking_cancelled", "check_in", "check_out"],
  },
  {
    group: "orders",
    types: [
      "order_placed",
      "order_ready",
      "order_delayed",
      "order_cancelled",
      "order_picked_up",
      "order_delivered",
      "payment",
    ],
  },
  {
    group: "service",
    types: ["complaint", "service_contact", "service_reply", "case_resolved", "info_question"],
  },
  {
    group: "marketing",
    types: [
      "newsletter_sent",
      "promotion_sent",
      "campaign_click",
      "survey_sent",
      "survey_response",
      "consent_changed",
    ],
  },
  { group: "staff", types: ["staff_note", "staff_outcome", "fact_learned"] },
  {
    group: "account",
    types: ["page_view", "address_change", "password_reset", "invoice_copy", "social_mention", "generic"],
  },
] as const satisfies readonly { group: string; types: readonly EventType[] }[];

/** Type, channel and location menus and a date range; everything wraps onto more rows on a phone. */
export function TimelineFilters({ filters, locations, onChange }: TimelineFiltersProps) {
  const t = useTranslations("timeline");
  const labels = useTranslations("labels");
  const hasFilters = Object.keys(filters).length > 0;
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const typeGroups = EVENT_TYPE_GROUPS.map(({ group, types }) => ({
    label: t(`groups.${group}`),
    options: types.map((type) => ({ value: type, label: labels(`eventType.${type}`) })),
  }));
  const channelGroups = [
    {
      options: Object.values(Channel).map((channel) => ({
        value: channel,
        label: labels(`channel.${channel}`),
      })),
    },
  ];
  const dateField = (key: "from" | "to") => (
    <div className="flex items-center gap-1.5">
      <Label htmlFor={`timeline-${key}`} className="min-w-10 text-stone-700">
        {t(key)}
      </Label>
      <DatePicker
        id={`timeline-${key}`}
        value={filters[key] ?? ""}
        min={key === "to" ? filters.from : undefined}
        max={key === "from" ? filters.to : undefined}
        clearable
        onChange={(day) => set({ [key]: day || undefined })}
      />
    </div>
  );

  return (
    <div role="group" aria-label={t("filtersLabel")} className="flex flex-wrap items-center gap-2">
      <FilterMenu
        label={t("type")}
        groups={typeGroups}
        selected={filters.type ?? []}
        onChange={(type) => set({ type: type as EventType[] })}
      />
      <FilterMenu
        label={t("channel")}
        groups={channelGroups}
        selected={filters.channel ?? []}
        onChange={(channel) => set({ channel: channel as Channel[] })}
      />
      {locations.length > 0 ? (
        <FilterMenu
          label={t("location")}
          groups={[{ options: locations.map((location) => ({ value: location.id, label: location.name })) }]}
          selected={filters.location ?? []}
          onChange={(location) => set({ location })}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {dateField("from")}
        {dateField("to")}
      </div>
      {hasFilters ? (
        <Button variant="ghost" className="h-11" onClick={() => onChange({})}>
          <X aria-hidden="true" />
          {t("clear")}
        </Button>
      ) : null}
    </div>
  );
}
