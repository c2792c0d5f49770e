"use client";

import {
  Accessibility,
  Ban,
  Globe,
  Heart,
  MailX,
  MessageSquareWarning,
  Repeat,
  Sparkles,
  Utensils,
  type LucideIcon,
} from "lucide-react";
import { Popover } from "radix-ui";
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { boardCopy } from "@/lib/boards/board-copy";
import type { CustomerBadges, PreferenceBadge } from "@/lib/boards/board-types";
import type { ContactBadge } from "@/lib/contact-pressure/contact-badge";
import { formatDate } from "@/lib/format/dates";
import { channelLabels } from "@/lib/format/labels";
import type { Channel, FactKind } from "@/lib/generated/prisma/enums";

// Context badges on a board row: always an icon and words, never colour alone, so they read at a
// glance and in grey scale. Attention first (complaint, contact limits), then who they are.

type Tone = "neutral" | "brand" | "danger" | "warning";
const TONES: Record<Tone, string> = {
  neutral: "bg-stone-100 text-stone-700 ring-stone-200",
  brand: "bg-brand-50 text-brand-700 ring-brand-100",
  danger: "bg-red-50 text-red-800 ring-red-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
};

const PILL =
  "inline-flex max-w-full items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

/**
 * A badge whose words don't say everything (the complaint's reference and date, why no survey) is a
 * button: its detail is its accessible description, and a tap, click or Enter shows it in a popover,
 * so the reason reaches keyboard, touch and screen-reader users as well as the mouse. The row keeps
 * its one line of badges; the popover renders only while open.
 */
function BoardBadge({
  icon: Icon,
  tone,
  detail,
  children,
}: {
  icon: LucideIcon;
  tone: Tone;
  /** More than the badge's own words; a detail that repeats them is shown but not read out twice. */
  detail?: string;
  children: ReactNode;
}) {
  const detailId = useId();
  const body = (
    <>
      <Icon aria-hidden="true" className="size-3.5 shrink-0" />
      <span className="truncate">{children}</span>
    </>
  );
  if (!detail) return <li className={cn(PILL, TONES[tone])}>{body}</li>;
  const isRepeat = detail === children;
  return (
    <li className="inline-flex max-w-full">
      <Popover.Root>
        <Popover.Trigger
          aria-describedby={isRepeat ? undefined : detailId}
          className={cn(
            PILL,
            TONES[tone],
            "cursor-pointer hover:brightness-95 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none",
          )}
        >
          {body}
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            side="bottom"
            align="start"
            sideOffset={4}
            collisionPadding={8}
            className="z-40 max-w-xs rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm whitespace-pre-line text-stone-800 shadow-lg"
          >
            {detail}
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      {isRepeat ? null : (
        <span id={detailId} className="sr-only">
          {detail}
        </span>
      )}
    </li>
  );
}

const PREFERENCE_ICONS: Partial<Record<FactKind, LucideIcon>> = {
  dietary: Utensils,
  accessibility: Accessibility,
};
const CONTACT_ICONS: Record<ContactBadge["kind"], LucideIcon> = {
  no_survey: MailX,
  contact_limit_reached: Ban,
};

/** How many preference badges fit a compact row; the rest is a "+n" that opens the full list. */
const SHOWN_PREFERENCES = 2;

function preferenceText(fact: PreferenceBadge) {
  return boardCopy.badges.preference(fact.label, fact.value);
}

export function CustomerBadgeList({
  badges,
  contactBadges,
  channel,
  visitKind,
  className,
}: {
  badges: CustomerBadges;
  contactBadges: ContactBadge[];
  /** How this booking or order came in. */
  channel?: Channel;
  visitKind: "stay" | "order";
  className?: string;
}) {
  const { previousVisits, openComplaints, preferences } = badges;
  const [firstComplaint] = openComplaints;
  const copy = boardCopy.badges;
  return (
    <ul aria-label="Context" className={cn("flex flex-wrap items-center gap-1", className)}>
      {firstComplaint ? (
        <BoardBadge
          icon={MessageSquareWarning}
          tone="danger"
          detail={openComplaints
            .map(
              (complaint) =>
                `${complaint.reason} (${complaint.reference}, ${formatDate(new Date(complaint.openedAt))})`,
            )
            .join("\n")}
        >
          {openComplaints.length === 1
            ? copy.openComplaint(firstComplaint.reason)
            : copy.openComplaints(openComplaints.length, firstComplaint.reason)}
        </BoardBadge>
      ) : null}
      {contactBadges.map((badge) => (
        <BoardBadge key={badge.kind} icon={CONTACT_ICONS[badge.kind]} tone="warning" detail={badge.reason}>
          {badge.label}
        </BoardBadge>
      ))}
      {previousVisits > 0 ? (
        <BoardBadge icon={Repeat} tone="brand">
          {visitKind === "stay" ? copy.returningGuest(previousVisits) : copy.returningShopper(previousVisits)}
        </BoardBadge>
      ) : (
        <BoardBadge icon={Sparkles} tone="neutral">
          {visitKind === "stay" ? copy.firstVisit : copy.firstOrder}
        </BoardBadge>
      )}
      {channel ? (
        <BoardBadge icon={Globe} tone="neutral">
          {copy.via(channelLabels[channel])}
        </BoardBadge>
      ) : null}
      {preferences.slice(0, SHOWN_PREFERENCES).map((fact) => (
        <BoardBadge
          key={fact.label}
          icon={PREFERENCE_ICONS[fact.kind] ?? Heart}
          tone="neutral"
          detail={preferenceText(fact)}
        >
          {preferenceText(fact)}
        </BoardBadge>
      ))}
      {preferences.length > SHOWN_PREFERENCES ? (
        <BoardBadge
          icon={Heart}
          tone="neutral"
          detail={preferences.slice(SHOWN_PREFERENCES).map(preferenceText).join("\n")}
        >
          {copy.morePreferences(preferences.length - SHOWN_PREFERENCES)}
        </BoardBadge>
      ) : null}
    </ul>
  );
}
