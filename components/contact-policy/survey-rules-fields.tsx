import { SETTING_LABELS, TRIVIAL_INTERACTION_CHOICES } from "@/lib/contact-policy/policy-labels";
import { eventTypeLabels } from "@/lib/format/labels";
import {
  CheckboxOption,
  errorFor,
  FieldError,
  fieldId,
  PolicyFieldset,
  PolicyInput,
  PolicyNumberField,
} from "./policy-field";
import { PolicySection, type PolicySectionProps } from "./policy-section";

const NUMBER_FIELDS = [
  { name: "surveys.minDaysBetween", key: "minDaysBetween", min: 0, max: 730 },
  { name: "surveys.trivialBlockDays", key: "trivialBlockDays", min: 1, max: 90 },
  { name: "surveys.hoursAfterCaseResolved", key: "hoursAfterCaseResolved", min: 0, max: 720 },
] as const;

export function SurveyRulesFields({ settings, errors }: PolicySectionProps) {
  const { surveys } = settings;
  // Keep any stored type visible even if it is no longer offered, so saving never drops it silently.
  const choices = [...new Set([...TRIVIAL_INTERACTION_CHOICES, ...surveys.trivialInteractions])];
  return (
    <PolicySection
      title="Surveys"
      description="Never ask for feedback after an administrative contact, during an open case or too often."
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {NUMBER_FIELDS.map((field) => (
          <PolicyNumberField
            key={field.name}
            name={field.name}
            min={field.min}
            max={field.max}
            defaultValue={surveys[field.key]}
            errors={errors}
          />
        ))}
        <PolicyInput
          name="surveys.trivialPaymentBelow"
          label={SETTING_LABELS["surveys.trivialPaymentBelow"]}
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          defaultValue={surveys.trivialPaymentBelow ?? ""}
          hint="Leave empty if no payment is trivial."
          error={errorFor(errors, "surveys.trivialPaymentBelow")}
        />
      </div>
      <PolicyFieldset
        name="surveys.trivialInteractions"
        legend={SETTING_LABELS["surveys.trivialInteractions"]}
        hint="No survey follows these, however the customer felt about them."
        error={errorFor(errors, "surveys.trivialInteractions")}
      >
        <div className="grid gap-1.5 sm:grid-cols-3 lg:grid-cols-4">
          {choices.map((type) => (
            <CheckboxOption
              key={type}
              name="surveys.trivialInteractions"
              value={type}
              label={eventTypeLabels[type]}
              defaultChecked={surveys.trivialInteractions.includes(type)}
            />
          ))}
        </div>
      </PolicyFieldset>
      <div className="space-y-1">
        <label
          htmlFor={fieldId("surveys.onePerSubject")}
          className="flex items-center gap-2 text-sm text-stone-800"
        >
          <input
            id={fieldId("surveys.onePerSubject")}
            type="checkbox"
            name="surveys.onePerSubject"
            defaultChecked={surveys.onePerSubject}
            className="size-4"
          />
          {SETTING_LABELS["surveys.onePerSubject"]}
        </label>
        <FieldError name="surveys.onePerSubject" message={errorFor(errors, "surveys.onePerSubject")} />
      </div>
    </PolicySection>
  );
}
