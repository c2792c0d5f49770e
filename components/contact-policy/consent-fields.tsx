import {
  CONSENT_PURPOSE_LABELS,
  CONSENTED_PURPOSE_LABELS,
  PROACTIVE_SOCIAL_LABELS,
  SETTING_LABELS,
} from "@/lib/contact-policy/policy-labels";
import { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { CONSENTED_PURPOSES, PROACTIVE_SOCIAL_MODES } from "@/lib/validation/contact-policy";
import { CheckboxOption, errorFor, PolicyFieldset } from "./policy-field";
import { PolicySection, type PolicySectionProps } from "./policy-section";

export function ConsentFields({ settings, errors }: PolicySectionProps) {
  return (
    <PolicySection
      title="Consent"
      description="Each purpose needs every ticked consent, granted for its channel. The latest consent event wins; a refusal is never overridden."
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {CONSENTED_PURPOSES.map((purpose) => {
          const name = `consent.required.${purpose}` as const;
          return (
            <PolicyFieldset
              key={purpose}
              name={name}
              legend={CONSENTED_PURPOSE_LABELS[purpose]}
              error={errorFor(errors, name)}
            >
              {Object.values(ConsentPurpose).map((consent) => (
                <CheckboxOption
                  key={consent}
                  name={name}
                  value={consent}
                  label={CONSENT_PURPOSE_LABELS[consent]}
                  defaultChecked={settings.consent.required[purpose].includes(consent)}
                />
              ))}
            </PolicyFieldset>
          );
        })}
      </div>
    </PolicySection>
  );
}

export function ProactiveSocialField({ settings, errors }: PolicySectionProps) {
  return (
    <PolicySection
      title="Proactive contact"
      description="Replies to public posts that were not addressed to us are unsolicited. Replies within a case the customer started are always allowed."
    >
      <PolicyFieldset
        name="proactiveSocial"
        legend={SETTING_LABELS.proactiveSocial}
        error={errorFor(errors, "proactiveSocial")}
      >
        {PROACTIVE_SOCIAL_MODES.map((mode) => (
          <CheckboxOption
            key={mode}
            type="radio"
            name="proactiveSocial"
            value={mode}
            label={PROACTIVE_SOCIAL_LABELS[mode]}
            defaultChecked={settings.proactiveSocial === mode}
          />
        ))}
      </PolicyFieldset>
    </PolicySection>
  );
}
