import { useTranslations } from "next-intl";
import { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { CONSENTED_PURPOSES, PROACTIVE_SOCIAL_MODES } from "@/lib/validation/contact-policy";
import { CheckboxOption, errorFor, PolicyFieldset } from "./policy-field";
import { PolicySection, type PolicySectionProps } from "./policy-section";

export function ConsentFields({ settings, errors }: PolicySectionProps) {
  const t = useTranslations("contactPolicy");
  return (
    <PolicySection
      id="consent"
      title={t("section.consent.title")}
      description={t("section.consent.description")}
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {CONSENTED_PURPOSES.map((purpose) => {
          const name = `consent.required.${purpose}` as const;
          return (
            <PolicyFieldset
              key={purpose}
              name={name}
              legend={t(`consentedPurpose.${purpose}`)}
              error={errorFor(errors, name)}
            >
              <div className="grid grid-cols-2 gap-x-4 sm:grid-cols-1">
                {Object.values(ConsentPurpose).map((consent) => (
                  <CheckboxOption
                    key={consent}
                    name={name}
                    value={consent}
                    label={t(`consentPurpose.${consent}`)}
                    defaultChecked={settings.consent.required[purpose].includes(consent)}
                  />
                ))}
              </div>
            </PolicyFieldset>
          );
        })}
      </div>
    </PolicySection>
  );
}

export function ProactiveSocialField({ settings, errors }: PolicySectionProps) {
  const t = useTranslations("contactPolicy");
  return (
    <PolicySection
      id="proactive"
      title={t("section.proactive.title")}
      description={t("section.proactive.description")}
    >
      <PolicyFieldset
        name="proactiveSocial"
        legend={t("setting.proactiveSocial")}
        error={errorFor(errors, "proactiveSocial")}
      >
        {PROACTIVE_SOCIAL_MODES.map((mode) => (
          <CheckboxOption
            key={mode}
            type="radio"
            name="proactiveSocial"
            value={mode}
            label={t(`proactive.${mode}`)}
            defaultChecked={settings.proactiveSocial === mode}
          />
        ))}
      </PolicyFieldset>
    </PolicySection>
  );
}
