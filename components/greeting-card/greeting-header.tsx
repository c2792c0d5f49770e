import { ArrowLeft, EyeOff, Mail, MessageCircle, Phone } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ProfileCustomer, ProfileIdentity } from "@/lib/greeting-card/get-customer-profile";
import { languageLabel } from "@/lib/format/labels";
import { customerName } from "@/lib/format/names";
import type { Greeting } from "@/lib/greeting-card/greeting-phrase";
import { CardHeading } from "./card-heading";

type GreetingHeaderProps = {
  customer: ProfileCustomer;
  identities: ProfileIdentity[];
  isMasked: boolean;
  greeting: Greeting;
  badges: ReactNode;
  /** One-line sections told right under the greeting: channel of arrival, relationship. */
  story: ReactNode;
};

const contactIcons = { email: Mail, phone: Phone } as const;

function Contacts({ identities, isMasked }: { identities: ProfileIdentity[]; isMasked: boolean }) {
  const t = useTranslations("card");
  const labels = useTranslations("labels.identityType");
  const contacts = identities.filter((identity) => identity.type === "email" || identity.type === "phone");
  if (contacts.length === 0 && !isMasked) return null;
  return (
    <ul
      aria-label={t("contactsLabel")}
      className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700"
    >
      {contacts.map((identity) => {
        const Icon = contactIcons[identity.type as keyof typeof contactIcons];
        return (
          <li key={identity.id} className="flex min-w-0 items-center gap-1.5">
            <Icon aria-hidden="true" className="size-3.5 shrink-0 text-stone-500" />
            <span className="sr-only">{labels(identity.type)}:</span>
            <span className="min-w-0 break-all">{identity.rawValue}</span>
          </li>
        );
      })}
      {isMasked ? (
        <li className="flex items-center gap-1.5 text-stone-600">
          <EyeOff aria-hidden="true" className="size-3.5" />
          {t("maskedNotice")}
        </li>
      ) : null}
    </ul>
  );
}

/** Large name, the phrase to greet with, how they came and how well we know them, how to reach them. */
export function GreetingHeader({
  customer,
  identities,
  isMasked,
  greeting,
  badges,
  story,
}: GreetingHeaderProps) {
  const t = useTranslations("card");
  const locale = useLocale();
  const name = customerName(customer);
  const preferred = customer.preferredName?.trim();
  const spoken = languageLabel(customer.language, locale);
  const note = greeting.isFallback
    ? t("fallbackNote", { language: spoken })
    : t("languageNote", { language: spoken, register: t(`registers.${greeting.register}`) });

  return (
    <header className="space-y-1.5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="flex max-w-full min-w-0 items-start gap-1">
          <Link
            href="/customers"
            aria-label={t("allCustomers")}
            title={t("allCustomers")}
            className="-ml-3 inline-flex size-11 shrink-0 items-center justify-center rounded-md text-stone-600 hover:bg-stone-100 hover:text-brand-700"
          >
            <ArrowLeft aria-hidden="true" className="size-5" />
          </Link>
          <CardHeading className="min-w-0 pt-0.5 text-2xl leading-tight font-semibold tracking-tight break-words text-stone-900 sm:text-3xl">
            {name ?? <span className="text-stone-600 italic">{t("unnamed")}</span>}
            {preferred && preferred !== customer.firstName ? (
              <span className="ml-2 text-lg font-normal text-stone-600 sm:text-xl">“{preferred}”</span>
            ) : null}
          </CardHeading>
        </div>
        <div className="min-w-48 flex-1 sm:pt-1">{badges}</div>
      </div>
      <p className="flex items-start gap-2 text-lg text-brand-700 sm:text-xl">
        <MessageCircle aria-hidden="true" className="mt-1 size-5 shrink-0" />
        <span className="min-w-0">
          <span className="sr-only">{t("greetingHint")}: </span>
          <q lang={greeting.language} className="font-medium">
            {greeting.text}
          </q>{" "}
          <span className="text-sm text-stone-600">({note})</span>
        </span>
      </p>
      {story}
      <Contacts identities={identities} isMasked={isMasked} />
    </header>
  );
}
