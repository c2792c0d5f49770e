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
import { useLocale, useTranslations } from "next-intl";
import { Popover } from "radix-ui";
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { CustomerBadges, PreferenceBadge } from "@/lib/boards/board-types";
import type { ContactBadge } from "@/lib/contact-pressure/contact-badge";
import { formatDate } from "@/lib/format/dates";
import type { Channel, FactKind } from "@/lib/generated/prisma/enums";

// Context badges on a board row: always an icon and words, never colour alone, so they read at a
// glance and in grey scale. Attention first (complaint, contact limits), then who they are. A badge
// keeps all its words and wraps onto a second line on a narrow screen rather than being cut off.

type Tone = "neutral" | "brand" | "danger" | "warning";
const TONES: Record<Tone, string> = {
  neutral: "bg-stone-100 text-stone-700 ring-stone-200",
  brand: "bg-brand-50 text-brand-700 ring-brand-100",
  danger: "bg-red-50 text-red-800 ring-red-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
};

const PILL =
  "inline-flex min-h-6 max-w-full items-center gap-1 rounded-xl px-2 py-1 text-left text-xs leading-tight font-medium ring-1 ring-inset";
/**
 * A badge that opens its detail: a 44 px touch target around its compact pill (24 px plus 10 px above
 * and below). The negative margin takes that padding out of the layout, so a line of badges stays as
 * low as a line of plain ones and a busy row stays dense.
 */
const TRIGGER =
  "group -my-2.5 flex min-w-11 max-w-full cursor-pointer items-center py-2.5 text-left focus-visible:outline-none";

/**
 * A badge whose words don't say everything (the complaint's reference and date, why no survey) is a
 * button: its detail is its accessible description, and a tap, click or Enter shows it in a popover,
 * so the reason reaches keyboard, touch and screen-reader users as well as the mouse. The popover
 * renders only while open.
 */
function BoardBadge({
  icon: Icon,
  tone,
  detail,
  children,
}: {
  icon: LucideIcon;
  tone: Tone;
  /** More than the badge's own words: the complaint's reference and date, the contact rule's reason. */
  detail?: string;
  children: ReactNode;
}) {
  const detailId = useId();
  const body = (
    <>
      <Icon aria-hidden="true" className="size-3.5 shrink-0" />
      <span className="min-w-0 [overflow-wrap:anywhere]">{children}</span>
    </>
  );
  if (!detail) {
    return (
      <li className="flex max-w-full">
        <span className={cn(PILL, TONES[tone])}>{body}</span>
      </li>
    );
  }
  return (
    <li className="flex max-w-full">
      <Popover.Root>
        <Popover.Trigger aria-describedby={detailId} className={TRIGGER}>
          <span
            className={cn(
              PILL,
              TONES[tone],
              "group-hover:brightness-95 group-focus-visible:ring-2 group-focus-visible:ring-brand-600",
            )}
          >
            {body}
          </span>
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
      <span id={detailId} className="sr-only">
        {detail}
      </span>
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

/** Channels whose own name says how the guest came ("Direct geboekt"), without "via". */
const PLAIN_CHANNELS: ReadonlySet<Channel> = new Set(["direct", "walk_in", "in_person", "store"]);

/** How many preference badges fit a compact row; the rest is a "+n" that opens the full list. */
const SHOWN_PREFERENCES = 2;

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
  const t = useTranslations("boards.badges");
  const tLabels = useTranslations("labels");
  const locale = useLocale();
  const { previousVisits, openComplaints, preferences } = badges;
  const [firstComplaint] = openComplaints;
  const preferenceText = (fact: PreferenceBadge) => t("preference", { label: fact.label, value: fact.value });
  return (
    <ul aria-label={t("label")} className={cn("flex flex-wrap items-center gap-1.5", className)}>
      {firstComplaint ? (
        <BoardBadge
          icon={MessageSquareWarning}
          tone="danger"
          detail={openComplaints
            .map((complaint) =>
              t("complaintDetail", {
                reason: complaint.reason,
                reference: complaint.reference,
                date: formatDate(new Date(complaint.openedAt), locale),
              }),
            )
            .join("\n")}
        >
          {openComplaints.length === 1
            ? t("openComplaint", { reason: firstComplaint.reason })
            : t("openComplaints", { count: openComplaints.length, reason: firstComplaint.reason })}
        </BoardBadge>
      ) : null}
      {contactBadges.map((badge) => (
        <BoardBadge
          key={badge.kind}
          icon={CONTACT_ICONS[badge.kind]}
          tone="warning"
          detail={badge.reasons?.[locale] ?? badge.reason}
        >
          {t(`contact.${badge.kind}`)}
        </BoardBadge>
      ))}
      {previousVisits > 0 ? (
        <BoardBadge icon={Repeat} tone="brand">
          {visitKind === "stay"
            ? t("returningGuest", { count: previousVisits })
            : t("returningShopper", { count: previousVisits })}
        </BoardBadge>
      ) : (
        <BoardBadge icon={Sparkles} tone="neutral">
          {visitKind === "stay" ? t("firstStay") : t("firstOrder")}
        </BoardBadge>
      )}
      {channel ? (
        <BoardBadge icon={Globe} tone="neutral">
          {PLAIN_CHANNELS.has(channel)
            ? tLabels(`channel.${channel}`)
            : t("via", { channel: tLabels(`channel.${channel}`) })}
        </BoardBadge>
      ) : null}
      {preferences.slice(0, SHOWN_PREFERENCES).map((fact) => (
        <BoardBadge key={fact.label} icon={PREFERENCE_ICONS[fact.kind] ?? Heart} tone="neutral">
          {preferenceText(fact)}
        </BoardBadge>
      ))}
      {preferences.length > SHOWN_PREFERENCES ? (
        <BoardBadge
          icon={Heart}
          tone="neutral"
          detail={preferences.slice(SHOWN_PREFERENCES).map(preferenceText).join("\n")}
        >
          {t("morePreferences", { count: preferences.length - SHOWN_PREFERENCES })}
        </BoardBadge>
      ) : null}
    </ul>
  );
}
