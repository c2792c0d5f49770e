import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { GreetingCard } from "@/components/greeting-card/greeting-card";
import { LogWhatHappened } from "@/components/journal/log-what-happened";
import { ProfilePrivacyLinks } from "@/components/privacy/profile-privacy-links";
import { hasRecentSecondFactor } from "@/lib/auth/second-factor-state";
import { CustomerTimeline } from "@/components/timeline/customer-timeline";
import { TimelineBoundary } from "@/components/timeline/timeline-boundary";
import { TimelineSkeleton } from "@/components/timeline/timeline-skeleton";
import { countProfileViewers } from "@/lib/audit-log/count-profile-viewers";
import { isPrefetchRequest } from "@/lib/audit-log/is-prefetch-request";
import { recordProfileView } from "@/lib/audit-log/record-profile-view";
import { NotFoundError } from "@/lib/errors";
import { requirePageActor } from "@/lib/auth/guards";
import { getCustomerProfile } from "@/lib/greeting-card/get-customer-profile";
import { customerName } from "@/lib/format/names";
import { listJournalLocations } from "@/lib/journal/resolve-journal-location";
import { listTimelineEvents } from "@/lib/timeline/list-timeline-events";
import { listTimelineLocations } from "@/lib/timeline/list-timeline-locations";
import type { TimelineLocation, TimelinePage } from "@/lib/timeline/timeline-types";
import { timelineFiltersFromSearchParams } from "@/lib/validation/timeline";

type CustomerPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: CustomerPageProps): Promise<Metadata> {
  const t = await getTranslations("card");
  if (await isPrefetchRequest()) return { title: t("metaTitle") };
  const actor = await requirePageActor("customer.view");
  const profile = await getCustomerProfile(actor, (await params).id);
  if (!profile) return { title: t("metaNotFound") };
  return { title: customerName(profile.customer) ?? t("unnamed") };
}

const nullWhenNotFound = (error: unknown) => {
  if (error instanceof NotFoundError) return null;
  throw error;
};

async function Timeline(props: {
  customerId: string;
  firstPage: Promise<TimelinePage | null>;
  locations: TimelineLocation[];
}) {
  const initialPage = await props.firstPage;
  if (!initialPage) notFound();
  return (
    <CustomerTimeline customerId={props.customerId} initialPage={initialPage} locations={props.locations} />
  );
}

// No loading.tsx: the card is awaited before anything is sent, so an unknown or out-of-scope id
// answers a real 404 (a streamed page would already have sent 200). The journey streams in below it.
// A view is audited here, as the page renders for someone who opened it: not in the metadata (the
// router asks for a page's head on its own) and not for a prefetch, which gets a placeholder without
// customer data. Links to profiles don't prefetch either (components/customer/customer-link.tsx).
export default async function CustomerPage({ params, searchParams }: CustomerPageProps) {
  const t = await getTranslations();
  if (await isPrefetchRequest()) return <TimelineSkeleton label={t("timeline.loading")} />;
  const actor = await requirePageActor("customer.view");
  const { id } = await params;
  const filters = timelineFiltersFromSearchParams(await searchParams);
  // Started side by side with the card; each checks the actor's scope itself.
  const firstPage = listTimelineEvents(actor, id, { filters }).catch(nullWhenNotFound);
  const [profile, timelineLocations, journalLocations] = await Promise.all([
    getCustomerProfile(actor, id),
    listTimelineLocations(actor, id),
    listJournalLocations(actor),
  ]);
  if (!profile) notFound();
  // Awaited: a view that cannot be put on record is not shown.
  const [viewers] = await Promise.all([
    countProfileViewers(actor, profile.customer.id),
    recordProfileView({ actor, customerId: profile.customer.id }),
  ]);

  return (
    // Half the shell's top padding: on a tablet every pixel goes to the card. Keyed by customer, so
    // opening another profile from this one mounts a new card and its name takes focus again.
    <div key={profile.customer.id} className="-mt-4 space-y-4 sm:space-y-6">
      <GreetingCard
        profile={profile}
        logControl={<LogWhatHappened customerId={profile.customer.id} locations={journalLocations} />}
      />
      {viewers !== null ? (
        <p className="text-sm text-stone-600">{t("card.viewedBy", { count: viewers })}</p>
      ) : null}
      <ProfilePrivacyLinks
        role={actor.role}
        customerId={profile.customer.id}
        hasRecentSecondFactor={hasRecentSecondFactor(actor.secondFactor)}
      />
      {/* A journey that fails to load shows its own error under the card, not the page's. */}
      <TimelineBoundary>
        <Suspense fallback={<TimelineSkeleton label={t("timeline.loading")} />}>
          <Timeline customerId={profile.customer.id} firstPage={firstPage} locations={timelineLocations} />
        </Suspense>
      </TimelineBoundary>
    </div>
  );
}
