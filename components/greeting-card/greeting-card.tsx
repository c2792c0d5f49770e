import { BellRing, CalendarCheck, Lightbulb, NotebookPen } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { CustomerProfile } from "@/lib/greeting-card/get-customer-profile";
import type { Section } from "@/lib/greeting-card/card-types";
import { localDate } from "@/lib/time/local-date";
import { describeChannelOfArrival } from "@/lib/greeting-card/channel-of-arrival";
import { relationshipInputOf, visitTouchOf } from "@/lib/greeting-card/card-view";
import { greetingPhrase } from "@/lib/greeting-card/greeting-phrase";
import { summarizeRelationship, type RelationshipSummary } from "@/lib/greeting-card/relationship-summary";
import { AdviceSection } from "./advice-section";
import { AttentionSection } from "./attention-section";
import { CardBadges } from "./card-badges";
import { CardSection } from "./card-section";
import { ChannelSection } from "./channel-section";
import { ContactPressureSlot } from "./contact-pressure-slot";
import { FactsSection } from "./facts-section";
import { GreetingHeader } from "./greeting-header";
import { RelationshipSection } from "./relationship-section";
import { TodaySection } from "./today-section";

type GreetingCardProps = {
  profile: CustomerProfile;
  /** The "log what happened" control, placed in the card's footer. */
  logControl?: ReactNode;
};

/**
 * Everything to read in the ten seconds before greeting someone, on one tablet screen: who they
 * are and how to greet them, why they are here, what needs care, what not to ask, and what to offer.
 * The greeting follows the customer's language; everything else the staff member's. On a phone and
 * a tablet held upright the sections stack in order of importance: why here today, attention, don't
 * ask again, advice, contact pressure.
 */
export function GreetingCard({ profile, logControl }: GreetingCardProps) {
  const t = useTranslations("card");
  const locale = useLocale();
  const { customer, now } = profile;
  const greeting = greetingPhrase({ ...customer, at: now, timeZone: profile.deskTimeZone });
  const input = relationshipInputOf(profile, customer.firstSeenAt, now);
  const summary: RelationshipSummary | null = input ? summarizeRelationship(input, locale) : null;
  const relationship: Section<RelationshipSummary> = summary ? { ok: true, data: summary } : { ok: false };
  const channel = describeChannelOfArrival(
    {
      channel: customer.firstTouchChannel,
      source: customer.firstTouchSource,
      firstSeenAt: customer.firstSeenAt,
    },
    visitTouchOf(profile),
    locale,
  );
  const latestOrderAt = profile.relationship.ok
    ? (profile.relationship.data.latestOrder?.placedAt ?? null)
    : null;

  return (
    <Card role="region" aria-label={t("cardLabel")} className="space-y-3 px-4 py-4 sm:px-6 lg:py-3">
      <GreetingHeader
        customer={customer}
        identities={profile.identities}
        isMasked={profile.isMasked}
        greeting={greeting}
        badges={<CardBadges profile={profile} relationship={summary} />}
        story={
          <>
            <ChannelSection channel={channel} />
            <RelationshipSection section={relationship} />
          </>
        }
      />
      <div className="grid grid-cols-1 gap-x-6 gap-y-4 border-t border-stone-100 pt-3 lg:grid-cols-[1fr_1fr_1.25fr] lg:gap-y-3">
        <CardSection title={t("sections.today")} icon={CalendarCheck} section={profile.today}>
          {(visit) => <TodaySection visit={visit} today={localDate(profile.deskTimeZone, now)} />}
        </CardSection>
        <CardSection title={t("sections.attention")} icon={BellRing} section={profile.attention}>
          {(attention) => <AttentionSection attention={attention} now={now} />}
        </CardSection>
        <CardSection title={t("sections.facts")} icon={NotebookPen} section={profile.facts}>
          {(facts) => <FactsSection facts={facts} now={now} />}
        </CardSection>
        <CardSection title={t("sections.advice")} icon={Lightbulb} section={profile.advice}>
          {(advice) => <AdviceSection advice={advice} orderedAt={latestOrderAt} />}
        </CardSection>
        {/* Wide enough that each verdict reads on one line. */}
        <div className="min-w-0 lg:col-span-2">
          <ContactPressureSlot customerId={customer.id} />
        </div>
      </div>
      {logControl ? <footer className="border-t border-stone-100 pt-3">{logControl}</footer> : null}
    </Card>
  );
}
