import { ArrowLeft, EyeOff, Mail, MessageCircle, Phone } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import type { ProfileCustomer, ProfileIdentity } from "@/lib/greeting-card/get-customer-profile";
import { identityTypeLabels, languageLabel } from "@/lib/format/labels";
import { customerName, UNNAMED_CUSTOMER } from "@/lib/format/names";
import type { Greeting } from "@/lib/greeting-card/greeting-phrase";
import { cardCopy } from "./card-copy";

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
  const contacts = identities.filter((identity) => identity.type === "email" || identity.type === "phone");
  if (contacts.length === 0 && !isMasked) return null;
  return (
    <ul
      aria-label="Contact details"
      className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600"
    >
      {contacts.map((identity) => {
        const Icon = contactIcons[identity.type as keyof typeof contactIcons];
        return (
          <li key={identity.id} className="flex items-center gap-1.5">
            <Icon aria-hidden="true" className="size-3.5 text-stone-400" />
            <span className="sr-only">{identityTypeLabels[identity.type]}:</span>
            <span>{identity.rawValue}</span>
          </li>
        );
      })}
      {isMasked ? (
        <li className="flex items-center gap-1.5 text-stone-500">
          <EyeOff aria-hidden="true" className="size-3.5" />
          {cardCopy.maskedNotice}
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
  const name = customerName(customer);
  const preferred = customer.preferredName?.trim();
  const spoken = languageLabel(customer.language);
  const note = greeting.isFallback
    ? cardCopy.fallbackNote(spoken)
    : cardCopy.languageNote(spoken, cardCopy.registers[greeting.register]);

  return (
    <header className="space-y-1.5">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="flex min-w-0 items-center gap-1">
          <Link
            href="/customers"
            aria-label={cardCopy.allCustomers}
            title={cardCopy.allCustomers}
            className="-ml-2 inline-flex size-8 shrink-0 items-center justify-center rounded-md text-stone-500 hover:bg-stone-100 hover:text-brand-700"
          >
            <ArrowLeft aria-hidden="true" className="size-5" />
          </Link>
          <h1 className="min-w-0 truncate text-3xl leading-tight font-semibold tracking-tight text-stone-900">
            {name ?? <span className="text-stone-500 italic">{UNNAMED_CUSTOMER}</span>}
            {preferred && preferred !== customer.firstName ? (
              <span className="ml-2 text-xl font-normal text-stone-500">“{preferred}”</span>
            ) : null}
          </h1>
        </div>
        <div className="shrink-0 pt-1">{badges}</div>
      </div>
      <p className="flex flex-wrap items-baseline gap-x-2 text-xl text-brand-700">
        <MessageCircle aria-hidden="true" className="size-5 shrink-0 self-center" />
        <span className="sr-only">{cardCopy.greetingHint}:</span>
        <q lang={greeting.language} className="font-medium">
          {greeting.text}
        </q>
        <span className="text-sm text-stone-500">({note})</span>
      </p>
      {story}
      <Contacts identities={identities} isMasked={isMasked} />
    </header>
  );
}
