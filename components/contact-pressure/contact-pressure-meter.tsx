import type { ContactPressure } from "@/lib/eligibility/contact-pressure";
import type { Channel } from "@/lib/generated/prisma/enums";
import { channelColors, channelNames, pressureCopy } from "./contact-pressure-copy";

/**
 * Marketing contacts in the window against the budget, one coloured segment per channel. Past the
 * budget the bar fills and turns the count red, so "limit reached" reads at a glance.
 */
export function ContactPressureMeter({ pressure }: { pressure: ContactPressure }) {
  const { marketing, budget, windowDays } = pressure;
  const scale = Math.max(budget, marketing, 1);
  const channels = (Object.entries(pressure.marketingByChannel) as [Channel, number][])
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  const label = pressureCopy.meterLabel(marketing, budget, windowDays);
  return (
    <div className="min-w-0 space-y-1">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={budget}
        aria-valuenow={marketing}
        aria-valuetext={label}
        className="flex h-2 w-full max-w-64 overflow-hidden rounded-full bg-stone-200"
      >
        {channels.map(([channel, count]) => (
          <span
            key={channel}
            className={channelColors[channel] ?? "bg-stone-500"}
            style={{ width: `${(count / scale) * 100}%` }}
          />
        ))}
      </div>
      <p className="flex flex-wrap gap-x-2 text-xs">
        <span
          className={`font-medium tabular-nums ${pressure.isAtLimit ? "text-red-700" : "text-stone-700"}`}
        >
          {pressureCopy.meterText(marketing, budget, windowDays)}
          {pressure.isAtLimit ? ` · ${pressureCopy.atLimit}` : ""}
        </span>
        <span className="text-stone-500">
          {channels.length === 0
            ? pressureCopy.none
            : channels.map(([channel, count]) => `${channelNames[channel] ?? channel} ${count}`).join(" · ")}
        </span>
      </p>
    </div>
  );
}

/** Outbound contact that the budget leaves out, so staff still see the full picture. */
export function OtherContacts({ pressure }: { pressure: ContactPressure }) {
  const { survey, service_followup, proactive_social } = pressure.byPurpose;
  const parts = [
    survey > 0 ? pressureCopy.surveys(survey) : null,
    service_followup > 0 ? pressureCopy.replies(service_followup) : null,
    proactive_social > 0 ? pressureCopy.social(proactive_social) : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return <p className="text-xs text-stone-500">{pressureCopy.alsoSent(parts)}</p>;
}
