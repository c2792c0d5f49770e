import { useTranslations } from "next-intl";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { getContactPressureCard } from "@/lib/contact-pressure/get-contact-pressure-card";
import { ContactPressureMeter, OtherContacts } from "./contact-pressure-meter";
import { PurposeVerdicts } from "./purpose-verdicts";

function Unavailable() {
  const t = useTranslations("contactPressure");
  return <p className="text-xs text-stone-600">{t("unavailable")}</p>;
}

/** Loads and shows the contact pressure of one customer; streamed into the card under Suspense. */
export async function ContactPressurePanel({ customerId }: { customerId: string }) {
  // Cached per request: the page already resolved the actor.
  const actor = await getCurrentActor();
  const card = actor ? await getContactPressureCard(actor, customerId) : null;
  if (!card) return <Unavailable />;
  return (
    <div className="min-w-0 space-y-1" data-policy-version={card.policyVersion}>
      <ContactPressureMeter pressure={card.pressure} />
      <PurposeVerdicts card={card} />
      <OtherContacts pressure={card.pressure} />
    </div>
  );
}
