import { CalendarX, CircleCheck, MessageCircleQuestion, TriangleAlert, type LucideIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Attention } from "@/lib/greeting-card/card-types";
import { formatDateTime, formatRelativeDay } from "@/lib/format/dates";

/** Attention items never show more than this many, so the card keeps its size. */
const MAX_ITEMS = 4;

function Item({
  icon: Icon,
  tone,
  title,
  detail,
}: {
  icon: LucideIcon;
  tone: string;
  title: ReactNode;
  detail: ReactNode;
}) {
  return (
    <li className="flex gap-2">
      <Icon aria-hidden="true" className={`mt-0.5 size-4.5 shrink-0 ${tone}`} />
      <div className="min-w-0">
        <p className="leading-snug font-medium break-words text-stone-900">{title}</p>
        <p className="text-xs text-stone-600">{detail}</p>
      </div>
    </li>
  );
}

function When({ at, now }: { at: Date; now: Date }) {
  const locale = useLocale();
  return (
    <time dateTime={at.toISOString()} title={formatDateTime(at, locale)}>
      {formatRelativeDay(at, now, locale)}
    </time>
  );
}

export function AttentionSection({ attention, now }: { attention: Attention; now: Date }) {
  const t = useTranslations("card");
  const labels = useTranslations("labels");
  const items: ReactNode[] = [
    ...attention.cases.map((c) => (
      <Item
        key={c.reference}
        icon={TriangleAlert}
        tone={c.kind === "complaint" ? "text-red-700" : "text-amber-700"}
        title={t("attention.openCase", { kind: labels(`caseKind.${c.kind}`), reason: c.reason })}
        detail={
          <>
            {t("attention.opened")} <When at={c.openedAt} now={now} /> · {labels(`channel.${c.channel}`)}
            {c.locationName ? ` · ${c.locationName}` : ""} · {labels(`caseStatus.${c.status}`)}
          </>
        }
      />
    )),
    ...attention.problems.map((event) => (
      <Item
        key={event.id}
        icon={CalendarX}
        tone="text-amber-700"
        title={t("attention.problem", { type: labels(`eventType.${event.type}`), summary: event.summary })}
        detail={<When at={event.occurredAt} now={now} />}
      />
    )),
    ...attention.unanswered.map((event) => (
      <Item
        key={event.id}
        icon={MessageCircleQuestion}
        tone="text-amber-700"
        title={t("attention.unanswered", {
          type: labels(`eventType.${event.type}`).toLowerCase(),
          summary: event.summary,
        })}
        detail={
          <>
            <When at={event.occurredAt} now={now} /> · {labels(`channel.${event.channel}`)}
          </>
        }
      />
    )),
  ];
  if (items.length === 0)
    return (
      <p className="flex gap-2 text-sm text-stone-600">
        <CircleCheck aria-hidden="true" className="size-4.5 shrink-0 text-emerald-700" />
        {t("empty.attention")}
      </p>
    );
  const hiddenCases = attention.openCaseCount - attention.cases.length;
  return (
    <div className="space-y-1.5">
      <ul className="space-y-2">{items.slice(0, MAX_ITEMS)}</ul>
      {hiddenCases > 0 ? (
        <p className="text-xs text-stone-600">{t("attention.moreCases", { count: hiddenCases })}</p>
      ) : null}
    </div>
  );
}
