"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { useLiveStatus } from "./live-status-store";

const DOT: Record<string, string> = {
  live: "bg-emerald-600",
  connecting: "bg-stone-400",
  reconnecting: "bg-amber-500 animate-pulse",
  polling: "bg-stone-400",
};

/**
 * Whether the board on screen is live, in words: "Live", "Reconnecting…" or "Refreshes every 30 s".
 * Nothing on a page without a live board. Reads the board's state itself (live-status-store.ts).
 */
export function LiveStatus({ className }: { className?: string }) {
  const t = useTranslations("live.status");
  const status = useLiveStatus();
  if (status === "off") return null;
  const hint =
    status === "live"
      ? t("liveHint")
      : status === "reconnecting"
        ? t("reconnectingHint")
        : status === "polling"
          ? t("pollingHint")
          : undefined;
  return (
    <p
      role="status"
      title={hint}
      data-live-status={status}
      className={cn("flex shrink-0 items-center gap-1.5 text-xs font-medium text-stone-700", className)}
    >
      <span aria-hidden="true" className={cn("size-2 shrink-0 rounded-full", DOT[status])} />
      <span>{t(status)}</span>
    </p>
  );
}
