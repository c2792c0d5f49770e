import { CircleCheck, CircleSlash } from "lucide-react";
import type { ContactPressureCard } from "@/lib/contact-pressure/get-contact-pressure-card";
import { pressureCopy, purposeQuestions } from "./contact-pressure-copy";

type Verdict = ContactPressureCard["purposes"][number];

/**
 * Reasons every denied purpose has (quiet hours, a quiet date) are said once, not on every line; the
 * rest group denied purposes that share all their own reasons (a reached budget) into one line.
 */
function groupDenied(denied: Verdict[]) {
  const shared =
    denied.length > 1
      ? (denied[0]?.reasons ?? []).filter((reason) =>
          denied.every((verdict) => verdict.reasons.some((other) => other.message === reason.message)),
        )
      : [];
  // By sentence, not by rule: "no consent" for surveys and for offers are different reasons.
  const isShared = (message: string) => shared.some((reason) => reason.message === message);
  const groups = new Map<string, { verdicts: Verdict[]; reasons: Verdict["reasons"] }>();
  for (const verdict of denied) {
    const own = verdict.reasons.filter((reason) => !isShared(reason.message));
    const key = own.map((reason) => reason.message).join("\n");
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

/** Allowed purposes in one row of short "OK"s; each denied one with every reason it is denied for. */
export function PurposeVerdicts({ card }: { card: ContactPressureCard }) {
  const allowed = card.purposes.filter((verdict) => verdict.allowed);
  const { groups: denied, sharedLine } = groupDenied(card.purposes.filter((verdict) => !verdict.allowed));
  return (
    <ul aria-label={pressureCopy.verdictsLabel} className="space-y-0.5 text-xs">
      {denied.map(({ verdicts, reasons }) => {
        const [{ line }] = verdicts as [Verdict, ...Verdict[]];
        const question = verdicts.map((verdict, i) => {
          const words = purposeQuestions[verdict.line];
          return i === 0 ? words : words.toLowerCase();
        });
        return (
          <li key={line} className="flex min-w-0 items-start gap-1.5 text-stone-800">
            <CircleSlash aria-hidden="true" className="mt-px size-3.5 shrink-0 text-red-700" />
            <div className="min-w-0">
              <span className="font-semibold text-red-800">{pressureCopy.denied(question.join(", "))}</span>{" "}
              {reasons[0]?.message}
              {reasons.slice(1, MAX_REASONS).map((reason) => (
                <span key={reason.rule} className="block text-stone-600">
                  {pressureCopy.alsoReason(reason.message)}
                </span>
              ))}
              {reasons.length > MAX_REASONS ? (
                <span className="block text-stone-500">
                  {pressureCopy.moreReasons(reasons.length - MAX_REASONS)}
                </span>
              ) : null}
            </div>
          </li>
        );
      })}
      {sharedLine.length > 0 ? (
        <li className="pl-5 text-stone-600">
          {pressureCopy.sharedReasons(sharedLine.map((reason) => reason.message))}
        </li>
      ) : null}
      {allowed.length > 0 ? (
        <li className="flex flex-wrap gap-x-3 gap-y-0.5">
          {allowed.map((verdict) => (
            <span key={verdict.line} className="inline-flex items-center gap-1 text-stone-700">
              <CircleCheck aria-hidden="true" className="size-3.5 text-brand-600" />
              {pressureCopy.allowed(purposeQuestions[verdict.line])}
            </span>
          ))}
        </li>
      ) : null}
    </ul>
  );
}
