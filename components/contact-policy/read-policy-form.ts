import { CONSENTED_PURPOSES } from "@/lib/validation/contact-policy";
import type { SavePolicyVersionInput } from "@/lib/validation/contact-policy-version";

// Turns the policy form into the shape the server schema parses. Empty number fields become
// undefined (the schema then says "must be a number") rather than a silent 0.

function numberField(data: FormData, name: string): string | undefined {
  const value = String(data.get(name) ?? "").trim();
  return value === "" ? undefined : value;
}

export function readPolicyForm(form: HTMLFormElement): SavePolicyVersionInput {
  const data = new FormData(form);
  const list = (name: string) => data.getAll(name).map(String);
  const text = (name: string) => String(data.get(name) ?? "");
  const payment = numberField(data, "surveys.trivialPaymentBelow");
  const settings = {
    marketing: {
      maxContacts: numberField(data, "marketing.maxContacts"),
      windowDays: numberField(data, "marketing.windowDays"),
      maxPerDay: numberField(data, "marketing.maxPerDay"),
      maxPerChannel: numberField(data, "marketing.maxPerChannel"),
      channelWindowDays: numberField(data, "marketing.channelWindowDays"),
    },
    surveys: {
      minDaysBetween: numberField(data, "surveys.minDaysBetween"),
      trivialInteractions: list("surveys.trivialInteractions"),
      trivialPaymentBelow: payment ?? null,
      trivialBlockDays: numberField(data, "surveys.trivialBlockDays"),
      hoursAfterCaseResolved: numberField(data, "surveys.hoursAfterCaseResolved"),
      onePerSubject: data.get("surveys.onePerSubject") === "on",
    },
    quietHours: {
      start: text("quietHours.start"),
      end: text("quietHours.end"),
      dates: list("quietHours.dates"),
    },
    consent: {
      required: Object.fromEntries(
        CONSENTED_PURPOSES.map((purpose) => [purpose, list(`consent.required.${purpose}`)]),
      ),
    },
    proactiveSocial: text("proactiveSocial"),
  };
  // The shape is checked by the schema on both sides; the cast only spares restating its input type.
  return { settings, note: text("note") } as unknown as SavePolicyVersionInput;
}
