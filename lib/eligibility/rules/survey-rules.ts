import { normalizeSubjectRef, type InteractionInput } from "@/lib/eligibility/eligibility-types";
import { DAY_MS, deny, HOUR_MS, NONE, type Denial, type RuleContext } from "./rule-context";

// Surveys: not too often, never about something trivial, never while a case is open or just
// resolved, and once per case or stay.

function surveys(context: RuleContext) {
  return context.outbound.filter((contact) => contact.purpose === "survey");
}

export function surveyIntervalRule(context: RuleContext): readonly Denial[] {
  const windowMs = context.settings.surveys.minDaysBetween * DAY_MS;
  const last = surveys(context)[0];
  if (!last || last.at <= context.now - windowMs) return NONE;
  const earliestAllowedAt = last.at + windowMs;
  return [
    deny(
      "survey_interval",
      { key: "surveyInterval", ago: context.ago(last.at), from: context.moment(earliestAllowedAt) },
      earliestAllowedAt,
    ),
  ];
}

export function isTrivialInteraction(
  interaction: InteractionInput,
  settings: RuleContext["settings"]["surveys"],
): boolean {
  if (settings.trivialInteractions.includes(interaction.type)) return true;
  return (
    interaction.type === "payment" &&
    settings.trivialPaymentBelow !== null &&
    interaction.amount !== null &&
    interaction.amount < settings.trivialPaymentBelow
  );
}

/** The latest trivial interaction decides: a survey right after it would look like it's about it. */
export function surveyAfterTrivialRule(context: RuleContext): readonly Denial[] {
  const { surveys: settings } = context.settings;
  const blockMs = settings.trivialBlockDays * DAY_MS;
  let latest: { interaction: InteractionInput; at: number } | null = null;
  for (const interaction of context.input.interactions) {
    const at = interaction.occurredAt.getTime();
    if (at > context.now || at <= context.now - blockMs || (latest && at <= latest.at)) continue;
    if (isTrivialInteraction(interaction, settings)) latest = { interaction, at };
  }
  if (!latest) return NONE;
  const earliestAllowedAt = latest.at + blockMs;
  const { type, amount } = latest.interaction;
  return [
    deny(
      "survey_after_trivial",
      {
        key: "surveyAfterTrivial",
        interaction: { type, amount },
        ago: context.ago(latest.at),
        from: context.moment(earliestAllowedAt),
      },
      earliestAllowedAt,
    ),
  ];
}

/**
 * Open and pending cases block surveys until resolved; then the policy's hours must pass. A case
 * resolved after "now" (judging a past survey) was open at the time.
 */
export function surveyCaseRule(context: RuleContext): readonly Denial[] {
  const waitMs = context.settings.surveys.hoursAfterCaseResolved * HOUR_MS;
  const hours = context.settings.surveys.hoursAfterCaseResolved;
  return context.input.cases.flatMap((serviceCase): readonly Denial[] => {
    if (serviceCase.openedAt.getTime() > context.now) return NONE;
    if (serviceCase.status === "open" || serviceCase.status === "pending") {
      return [
        deny(
          "survey_case_open",
          { key: "caseOpen", kind: serviceCase.kind, reference: serviceCase.reference },
          null,
        ),
      ];
    }
    // Resolved without a recorded time: the opening is the best lower bound we have.
    const closedAt = (serviceCase.closedAt ?? serviceCase.openedAt).getTime();
    const earliestAllowedAt = closedAt + waitMs;
    if (context.now >= earliestAllowedAt) return NONE;
    const from = context.moment(earliestAllowedAt);
    const { kind, reference } = serviceCase;
    return [
      closedAt > context.now
        ? deny("survey_case_open", { key: "caseResolvedLater", kind, reference, from }, earliestAllowedAt)
        : deny(
            "survey_case_recently_resolved",
            { key: "caseResolvedRecently", kind, reference, ago: context.ago(closedAt), hours, from },
            earliestAllowedAt,
          ),
    ];
  });
}

export function surveySubjectRule(context: RuleContext): readonly Denial[] {
  const { subjectRef } = context.input;
  if (!context.settings.surveys.onePerSubject || !subjectRef) return NONE;
  const subject = normalizeSubjectRef(subjectRef);
  const earlier = surveys(context).find(
    (contact) => contact.subjectRef !== null && normalizeSubjectRef(contact.subjectRef) === subject,
  );
  if (!earlier) return NONE;
  return [
    deny(
      "survey_subject_already_surveyed",
      { key: "subjectSurveyed", reference: subjectRef.trim(), ago: context.ago(earlier.at) },
      null,
    ),
  ];
}
