"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { dayKey } from "@/lib/format/dates";
import type { JournalResult } from "@/lib/journal/record-journal-entry";
import type { TimelineEntry, TimelineLocation } from "@/lib/timeline/timeline-types";
import type { JournalEntryInput } from "@/lib/validation/journal";
import type { TimelineFilters } from "@/lib/validation/timeline";
import { OPTIMISTIC_PREFIX } from "@/components/timeline/timeline-entry";
import type { TimelineData } from "@/components/timeline/use-timeline-query";
import { describeEntry } from "./journal-input";

/** A refused save, with the server's sentence and the fields it named. */
export class JournalSaveError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Words = { offline: string; serverStatus: (status: number) => string };

async function postEntry(customerId: string, input: JournalEntryInput, words: Words): Promise<JournalResult> {
  let response: Response;
  try {
    response = await fetch(`/api/customers/${encodeURIComponent(customerId)}/journal`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(input),
    });
  } catch {
    throw new JournalSaveError(words.offline, 0);
  }
  const body = (await response.json().catch(() => null)) as
    (JournalResult & { error?: string; issues?: { path: string; message: string }[] }) | null;
  if (!response.ok || !body?.entry) {
    const fieldErrors = Object.fromEntries((body?.issues ?? []).map((issue) => [issue.path, issue.message]));
    throw new JournalSaveError(
      body?.error ?? words.serverStatus(response.status),
      response.status,
      fieldErrors,
    );
  }
  return body;
}

/** Whether an entry belongs in a timeline query read with these filters. */
function matches(entry: TimelineEntry, filters: TimelineFilters): boolean {
  const day = dayKey(new Date(entry.occurredAt));
  return (
    (!filters.type?.length || filters.type.includes(entry.type)) &&
    (!filters.channel?.length || filters.channel.includes(entry.channel)) &&
    (!filters.location?.length ||
      (entry.locationId !== null && filters.location.includes(entry.locationId))) &&
    (!filters.from || day >= filters.from) &&
    (!filters.to || day <= filters.to)
  );
}

/**
 * Logs an entry with an optimistic update: it appears at the top of every cached timeline of this
 * customer whose filters it matches, is swapped for the stored entry on success, and is removed
 * again on failure, so the list never shows something that was not saved.
 */
export function useLogEntryMutation(
  customerId: string,
  locations: TimelineLocation[],
  callbacks: {
    onSaved: (input: JournalEntryInput, result: JournalResult) => void;
    onFailed: (input: JournalEntryInput, error: JournalSaveError) => void;
  },
) {
  const t = useTranslations("journal");
  const words: Words = { offline: t("offline"), serverStatus: (status) => t("serverStatus", { status }) };
  const queryClient = useQueryClient();
  const timelines = { queryKey: ["timeline", customerId] as QueryKey };

  const update = (change: (events: TimelineEntry[], filters: TimelineFilters) => TimelineEntry[]) => {
    for (const [key, data] of queryClient.getQueriesData<TimelineData>(timelines)) {
      if (!data?.pages.length) continue;
      const filters = (key[2] ?? {}) as TimelineFilters;
      const [first, ...rest] = data.pages;
      const pages = [{ ...first!, events: change(first!.events, filters) }, ...rest];
      queryClient.setQueryData<TimelineData>(key, { ...data, pages });
    }
  };

  return useMutation<JournalResult, JournalSaveError, JournalEntryInput, { optimisticId: string }>({
    mutationFn: (input) => postEntry(customerId, input, words),
    onMutate: async (input) => {
      // A page still loading was built from the old pages and would drop the new entry when it
      // lands; cancel it (it is loaded again when needed). Queries without data are left alone.
      await queryClient.cancelQueries({ ...timelines, predicate: (query) => query.state.data !== undefined });
      const optimistic: TimelineEntry = {
        ...describeEntry(input),
        id: `${OPTIMISTIC_PREFIX}${input.clientId}`,
        name: null,
        channel: input.channel ?? "in_person",
        direction: "inbound",
        occurredAt: new Date().toISOString(),
        reason: null,
        locationId: input.locationId ?? locations[0]?.id ?? null,
        locationName:
          locations.find((location) => location.id === (input.locationId ?? locations[0]?.id))?.name ?? null,
        source: "gastvrij",
        sourceEventId: input.clientId,
        withinPolicy: null,
        authorName: t("you"),
      };
      update((events, filters) => (matches(optimistic, filters) ? [optimistic, ...events] : events));
      return { optimisticId: optimistic.id };
    },
    onError: (error, input, context) => {
      if (context) update((events) => events.filter((event) => event.id !== context.optimisticId));
      callbacks.onFailed(input, error);
    },
    onSuccess: (result, input, context) => {
      update((events, filters) => {
        const rest = events.filter(
          (event) => event.id !== context.optimisticId && event.id !== result.entry.id,
        );
        return matches(result.entry, filters) ? [result.entry, ...rest] : rest;
      });
      callbacks.onSaved(input, result);
    },
  });
}
