import { useTranslations } from "next-intl";
import { TRIVIAL_INTERACTION_CHOICES } from "@/lib/contact-policy/policy-labels";
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
  const t = useTranslations();
  const { surveys } = settings;
  // Keep any stored type visible even if it is no longer offered, so saving never drops it silently.
  const choices = [...new Set([...TRIVIAL_INTERACTION_CHOICES, ...surveys.trivialInteractions])];
  return (
    <PolicySection
      id="surveys"
      title={t("contactPolicy.section.surveys.title")}
      description={t("contactPolicy.section.surveys.description")}
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
          label={t("contactPolicy.setting.surveys.trivialPaymentBelow")}
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          defaultValue={surveys.trivialPaymentBelow ?? ""}
          hint={t("contactPolicy.section.surveys.paymentHint")}
          error={errorFor(errors, "surveys.trivialPaymentBelow")}
        />
      </div>
      <PolicyFieldset
        name="surveys.trivialInteractions"
        legend={t("contactPolicy.setting.surveys.trivialInteractions")}
        hint={t("contactPolicy.section.surveys.trivialHint")}
        error={errorFor(errors, "surveys.trivialInteractions")}
      >
        <div className="grid grid-cols-2 gap-x-4 lg:grid-cols-4">
          {choices.map((type) => (
            <CheckboxOption
              key={type}
              name="surveys.trivialInteractions"
              value={type}
              label={t(`labels.eventType.${type}`)}
              defaultChecked={surveys.trivialInteractions.includes(type)}
            />
          ))}
        </div>
      </PolicyFieldset>
      <div className="space-y-1">
        <label
          htmlFor={fieldId("surveys.onePerSubject")}
          className="flex min-h-11 items-center gap-2 text-sm text-stone-800"
        >
          <input
            id={fieldId("surveys.onePerSubject")}
            type="checkbox"
            name="surveys.onePerSubject"
            defaultChecked={surveys.onePerSubject}
            className="size-4 shrink-0 accent-brand-600"
          />
          {t("contactPolicy.setting.surveys.onePerSubject")}
        </label>
        <FieldError name="surveys.onePerSubject" message={errorFor(errors, "surveys.onePerSubject")} />
      </div>
    </PolicySection>
  );
}
