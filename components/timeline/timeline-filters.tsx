"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Channel, EventType } from "@/lib/generated/prisma/enums";
import { channelLabels, eventTypeLabels } from "@/lib/format/labels";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import type { TimelineFilters as Filters } from "@/lib/validation/timeline";
import { FilterMenu } from "./filter-menu";
import { eventTypeGroups, timelineCopy } from "./timeline-copy";

type TimelineFiltersProps = {
  filters: Filters;
  locations: TimelineLocation[];
  onChange: (filters: Filters) => void;
};

const typeGroups = eventTypeGroups.map((group) => ({
  label: group.label,
  options: group.types.map((type) => ({ value: type, label: eventTypeLabels[type] })),
}));
const channelGroups = [
  {
    options: (Object.keys(channelLabels) as Channel[]).map((channel) => ({
      value: channel,
      label: channelLabels[channel],
    })),
  },
];

export function TimelineFilters({ filters, locations, onChange }: TimelineFiltersProps) {
  const hasFilters = Object.keys(filters).length > 0;
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const dateInput = (key: "from" | "to") => (
    <div className="flex items-center gap-1.5">
      <Label htmlFor={`timeline-${key}`} className="text-stone-600">
        {timelineCopy[key]}
      </Label>
      <Input
        id={`timeline-${key}`}
        type="date"
        value={filters[key] ?? ""}
        min={key === "to" ? filters.from : undefined}
        max={key === "from" ? filters.to : undefined}
        onChange={(event) => set({ [key]: event.target.value || undefined })}
        className="h-8 w-[9.5rem] px-2 text-sm"
      />
    </div>
  );

  return (
    <div role="group" aria-label={timelineCopy.filtersLabel} className="flex flex-wrap items-center gap-2">
      <FilterMenu
        label={timelineCopy.type}
        groups={typeGroups}
        selected={filters.type ?? []}
        onChange={(type) => set({ type: type as EventType[] })}
      />
      <FilterMenu
        label={timelineCopy.channel}
        groups={channelGroups}
        selected={filters.channel ?? []}
        onChange={(channel) => set({ channel: channel as Channel[] })}
      />
      {locations.length > 0 ? (
        <FilterMenu
          label={timelineCopy.location}
          groups={[{ options: locations.map((location) => ({ value: location.id, label: location.name })) }]}
          selected={filters.location ?? []}
          onChange={(location) => set({ location })}
        />
      ) : null}
      {dateInput("from")}
      {dateInput("to")}
      {hasFilters ? (
        <Button variant="ghost" size="sm" onClick={() => onChange({})}>
          <X aria-hidden="true" />
          {timelineCopy.clear}
        </Button>
      ) : null}
    </div>
  );
}
