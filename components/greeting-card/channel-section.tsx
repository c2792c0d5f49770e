import { Compass, Route } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import type { ChannelOfArrival } from "@/lib/greeting-card/channel-of-arrival";

/** How they first found us, and how they came this time: two sentences under the greeting. */
export function ChannelSection({ channel }: { channel: ChannelOfArrival }) {
  const t = useTranslations("card.sections");
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="sr-only">
        {t("channel")}
      </h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-stone-800">
        <li className="flex min-w-0 items-start gap-1.5">
          <Compass aria-hidden="true" className="mt-1 size-4 shrink-0 text-brand-600" />
          <span className="min-w-0">{channel.firstTouch}</span>
        </li>
        {channel.visit ? (
          <li className="flex min-w-0 items-start gap-1.5">
            <Route aria-hidden="true" className="mt-1 size-4 shrink-0 text-brand-600" />
            <span className="min-w-0">
              <span className="font-medium">{channel.visit.label}:</span> {channel.visit.text}
            </span>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
