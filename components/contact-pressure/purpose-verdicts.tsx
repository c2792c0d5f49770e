import { CircleCheck, CircleSlash } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { ContactPressureCard } from "@/lib/contact-pressure/get-contact-pressure-card";
import { sayReason } from "@/lib/eligibility/eligibility-copy";

type Verdict = ContactPressureCard["purposes"][number];
type Said = { rule: string; sentence: string };

/**
 * Reasons every denied purpose has (quiet hours, a quiet date) are said once, not on every line; the
 * rest group denied purposes that share all their own reasons (a reached budget) into one line.
 */
function groupDenied(denied: { verdict: Verdict; reasons: Said[] }[]) {
  const first = denied[0];
  const shared =
    denied.length > 1 && first
      ? first.reasons.filter((reason) =>
          denied.every(({ reasons }) => reasons.some((other) => other.sentence === reason.sentence)),
        )
      : [];
  // By sentence, not by rule: "no consent" for surveys and for offers are different reasons.
  const isShared = (sentence: string) => shared.some((reason) => reason.sentence === sentence);
  const groups = new Map<string, { verdicts: Verdict[]; reasons: Said[] }>();
  for (const { verdict, reasons } of denied) {
    const own = reasons.filter((reason) => !isShared(reason.sentence));
    const key = own.map((reason) => reason.sentence).join("\n");
    const group = groups.get(key) ?? { verdicts: [], reasons: own.length > 0 ? own : shared };
    group.verdicts.push(verdict);
    groups.set(key, group);
  }
  const groupList = [...groups.values()];
  // Said once at the end, unless the only line already says it.
  const sharedLine = groupList.some((group) => group.reasons !== shared) ? shared : [];
  return { groups: groupList, sharedLine };
}

const MAX_REASONS = 3;

/**
 * Allowed purposes in one row of short "OK"s; each denied one with every reason it is denied for,
 * in the staff member's language (the public API says the same reasons in English).
 */
export function PurposeVerdicts({ card }: { card: ContactPressureCard }) {
  const t = useTranslations("contactPressure");
  const locale = useLocale();
  const allowed = card.purposes.filter((verdict) => verdict.allowed);
  const { groups: denied, sharedLine } = groupDenied(
    card.purposes
      .filter((verdict) => !verdict.allowed)
      .map((verdict) => ({
        verdict,
        reasons: verdict.reasons.map((reason) => ({
          rule: reason.rule,
          sentence: sayReason(reason.detail, locale),
        })),
      })),
  );
  return (
    <ul aria-label={t("verdictsLabel")} className="space-y-0.5 text-xs">
      {denied.map(({ verdicts, reasons }) => {
        const [{ line }] = verdicts as [Verdict, ...Verdict[]];
        const question = verdicts.map((verdict, i) => {
          const words = t(`lines.${verdict.line}`);
          return i === 0 ? words : words.toLowerCase();
        });
        return (
          <li key={line} className="flex min-w-0 items-start gap-1.5 text-stone-800">
            <CircleSlash aria-hidden="true" className="mt-px size-3.5 shrink-0 text-red-700" />
            <div className="min-w-0 break-words">
              <span className="font-semibold text-red-800">
                {t("denied", { question: question.join(", ") })}
              </span>{" "}
              {reasons[0]?.sentence}
              {reasons.slice(1, MAX_REASONS).map((reason) => (
                <span key={reason.sentence} className="block text-stone-700">
                  {t("alsoReason", { reason: reason.sentence })}
                </span>
              ))}
              {reasons.length > MAX_REASONS ? (
                <span className="block text-stone-600">
                  {t("moreReasons", { count: reasons.length - MAX_REASONS })}
                </span>
              ) : null}
            </div>
          </li>
        );
      })}
      {sharedLine.length > 0 ? (
        <li className="pl-5 break-words text-stone-700">
          {t("sharedReasons", { reasons: sharedLine.map((reason) => reason.sentence).join("; ") })}
        </li>
      ) : null}
      {allowed.length > 0 ? (
        <li className="flex flex-wrap gap-x-3 gap-y-0.5">
          {allowed.map((verdict) => (
            <span key={verdict.line} className="inline-flex items-center gap-1 text-stone-700">
              <CircleCheck aria-hidden="true" className="size-3.5 text-brand-600" />
              {t("allowed", { question: t(`lines.${verdict.line}`) })}
            </span>
          ))}
        </li>
      ) : null}
    </ul>
  );
}
