import { useTranslations } from "next-intl";
import type { ContactPressure } from "@/lib/eligibility/contact-pressure";
import type { Channel } from "@/lib/generated/prisma/enums";

/** One colour per channel in the meter; the rest share grey. */
const channelColors: Partial<Record<Channel, string>> = {
  email: "bg-brand-500",
  sms: "bg-amber-500",
  app: "bg-sky-500",
};
const NAMED_CHANNELS = [
  "email",
  "sms",
  "app",
  "phone",
  "web",
  "social",
] as const satisfies readonly Channel[];
type NamedChannel = (typeof NAMED_CHANNELS)[number];
const isNamed = (channel: Channel): channel is NamedChannel =>
  (NAMED_CHANNELS as readonly string[]).includes(channel);

/**
 * Marketing contacts in the window against the budget, one coloured segment per channel. Past the
 * budget the bar fills and turns the count red, so "limit reached" reads at a glance.
 */
export function ContactPressureMeter({ pressure }: { pressure: ContactPressure }) {
  const t = useTranslations("contactPressure");
  const labels = useTranslations("labels.channel");
  const { marketing, budget, windowDays } = pressure;
  const scale = Math.max(budget, marketing, 1);
  const channels = (Object.entries(pressure.marketingByChannel) as [Channel, number][])
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
  const label = t("meterLabel", { count: marketing, budget, days: windowDays });
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
          {t("meterText", { count: marketing, budget, days: windowDays })}
          {pressure.isAtLimit ? ` · ${t("atLimit")}` : ""}
        </span>
        <span className="text-stone-600">
          {channels.length === 0
            ? t("none")
            : channels
                .map(
                  ([channel, count]) =>
                    `${isNamed(channel) ? t(`channels.${channel}`) : labels(channel)} ${count}`,
                )
                .join(" · ")}
        </span>
      </p>
    </div>
  );
}

/** Outbound contact that the budget leaves out, so staff still see the full picture. */
export function OtherContacts({ pressure }: { pressure: ContactPressure }) {
  const t = useTranslations("contactPressure");
  const { survey, service_followup, proactive_social } = pressure.byPurpose;
  const parts = [
    survey > 0 ? t("surveys", { count: survey }) : null,
    service_followup > 0 ? t("replies", { count: service_followup }) : null,
    proactive_social > 0 ? t("social", { count: proactive_social }) : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return <p className="text-xs text-stone-600">{t("alsoSent", { parts: parts.join(", ") })}</p>;
}
