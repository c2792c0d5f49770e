import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomerHeader } from "@/components/customers/customer-header";
import { CustomerIdentities } from "@/components/customers/customer-identities";
import { JourneyTimeline } from "@/components/timeline/journey-timeline";
import { countProfileViewers } from "@/lib/audit/count-profile-viewers";
import { requirePageActor } from "@/lib/auth/guards";
import { getCustomerProfile } from "@/lib/customers/get-customer-profile";
import { customerDisplayName } from "@/lib/format/names";

type CustomerPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: CustomerPageProps): Promise<Metadata> {
  const actor = await requirePageActor("customer.view");
  const profile = await getCustomerProfile(actor, (await params).id);
  return { title: profile ? customerDisplayName(profile.customer) : "Customer not found" };
}

export default async function CustomerPage({ params }: CustomerPageProps) {
  const actor = await requirePageActor("customer.view");
  const profile = await getCustomerProfile(actor, (await params).id);
  if (!profile) notFound();
  const viewers = await countProfileViewers(actor, profile.customer.id);
  const now = new Date();

  return (
    <div className="space-y-6">
      <Link
        href="/customers"
        className="inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-stone-600 hover:text-brand-700"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        All customers
      </Link>
      <CustomerHeader customer={profile.customer} now={now} />
      {viewers !== null ? (
        <p className="text-sm text-stone-600">
          Viewed by {viewers} colleague{viewers === 1 ? "" : "s"} in the last 30 days.
        </p>
      ) : null}
      <div className="grid items-start gap-6 lg:grid-cols-[18rem_1fr]">
        <CustomerIdentities identities={profile.identities} />
        <JourneyTimeline events={profile.events} hasMore={profile.hasMoreEvents} now={now} />
      </div>
    </div>
  );
}
