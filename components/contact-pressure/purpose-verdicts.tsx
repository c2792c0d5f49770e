import { CircleCheck, CircleSlash } from "lucide-react";
import type { ContactPressureCard } from "@/lib/contact-policy/get-contact-pressure-card";
import { pressureCopy, purposeQuestions } from "./contact-pressure-copy";

type Verdict = ContactPressureCard["purposes"][number];

/** Denied purposes that share every reason (a reached budget, quiet hours) read as one line. */
function groupDenied(denied: Verdict[]) {
  const groups = new Map<string, Verdict[]>();
  for (const verdict of denied) {
    const key = verdict.reasons.map((reason) => reason.message).join("\n");
    groups.set(key, [...(groups.get(key) ?? []), verdict]);
  }
  return [...groups.values()];
}

const MAX_REASONS = 3;

/** Allowed purposes in one row of short "OK"s; each denied one with every reason it is denied for. */
export function PurposeVerdicts({ card }: { card: ContactPressureCard }) {
  const allowed = card.purposes.filter((verdict) => verdict.allowed);
  const denied = groupDenied(card.purposes.filter((verdict) => !verdict.allowed));
  return (
    <ul aria-label={pressureCopy.verdictsLabel} className="space-y-0.5 text-xs">
      {denied.map((group) => {
        const [{ line, reasons }] = group as [Verdict, ...Verdict[]];
        const question = group.map((verdict, i) => {
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
