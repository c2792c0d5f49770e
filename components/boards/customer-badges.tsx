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
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { boardCopy } from "@/lib/boards/board-copy";
import type { ContactBadge, CustomerBadges, PreferenceBadge } from "@/lib/boards/board-types";
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

function BoardBadge({
  icon: Icon,
  tone,
  title,
  children,
}: {
  icon: LucideIcon;
  tone: Tone;
  title?: string;
  children: ReactNode;
}) {
  return (
    <li
      title={title}
      className={cn(
        "inline-flex max-w-full items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        TONES[tone],
      )}
    >
      <Icon aria-hidden="true" className="size-3.5 shrink-0" />
      <span className="truncate">{children}</span>
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

/** How many preference badges fit a compact row; the rest is a "+n" with the full list as its title. */
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
          title={openComplaints
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
        <BoardBadge key={badge.kind} icon={CONTACT_ICONS[badge.kind]} tone="warning" title={badge.reason}>
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
        <BoardBadge
          icon={Globe}
          tone="neutral"
          title={
            visitKind === "stay"
              ? copy.bookedVia(channelLabels[channel])
              : copy.orderedVia(channelLabels[channel])
          }
        >
          {copy.via(channelLabels[channel])}
        </BoardBadge>
      ) : null}
      {preferences.slice(0, SHOWN_PREFERENCES).map((fact) => (
        <BoardBadge
          key={fact.label}
          icon={PREFERENCE_ICONS[fact.kind] ?? Heart}
          tone="neutral"
          title={preferenceText(fact)}
        >
          {preferenceText(fact)}
        </BoardBadge>
      ))}
      {preferences.length > SHOWN_PREFERENCES ? (
        <BoardBadge
          icon={Heart}
          tone="neutral"
          title={preferences.slice(SHOWN_PREFERENCES).map(preferenceText).join("\n")}
        >
          {copy.morePreferences(preferences.length - SHOWN_PREFERENCES)}
        </BoardBadge>
      ) : null}
    </ul>
  );
}
