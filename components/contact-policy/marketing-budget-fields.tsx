import { useTranslations } from "next-intl";
import { PolicyNumberField } from "./policy-field";
import { PolicySection, type PolicySectionProps } from "./policy-section";

const FIELDS = [
  { name: "marketing.maxContacts", key: "maxContacts", max: 100 },
  { name: "marketing.windowDays", key: "windowDays", max: 365 },
  { name: "marketing.maxPerDay", key: "maxPerDay", max: 24 },
  { name: "marketing.maxPerChannel", key: "maxPerChannel", max: 100 },
  { name: "marketing.channelWindowDays", key: "channelWindowDays", max: 90 },
] as const;

export function MarketingBudgetFields({ settings, errors }: PolicySectionProps) {
  const t = useTranslations("contactPolicy.section");
  return (
    <PolicySection id="marketing" title={t("marketing.title")} description={t("marketing.description")}>
      <div className="grid grid-cols-2 items-end gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {FIELDS.map((field) => (
          <PolicyNumberField
            key={field.name}
            name={field.name}
            min={1}
            max={field.max}
            defaultValue={settings.marketing[field.key]}
            errors={errors}
          />
        ))}
      </div>
    </PolicySection>
  );
}
