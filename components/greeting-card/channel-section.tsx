import { Compass, Route } from "lucide-react";
import { useId } from "react";
import type { ChannelOfArrival } from "@/lib/greeting-card/channel-of-arrival";
import { cardCopy } from "./card-copy";

/** How they first found us, and how they came this time: two sentences under the greeting. */
export function ChannelSection({ channel }: { channel: ChannelOfArrival }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="sr-only">
        {cardCopy.sections.channel}
      </h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-stone-800">
        <li className="flex items-center gap-1.5">
          <Compass aria-hidden="true" className="size-4 shrink-0 text-brand-600" />
          {channel.firstTouch}
        </li>
        {channel.visit ? (
          <li className="flex items-center gap-1.5">
            <Route aria-hidden="true" className="size-4 shrink-0 text-brand-600" />
            <span>
              <span className="font-medium">{channel.visit.label}:</span> {channel.visit.text}
            </span>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
