import { Compass } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { NotRecorded } from "@/components/ui/not-recorded";
import type { ProfileCustomer } from "@/lib/customers/get-customer-profile";
import { formatDateTime, formatMonthYear, formatRelativeDay } from "@/lib/format/dates";
import { describeFirstTouch } from "@/lib/format/first-touch";
import { languageLabel } from "@/lib/format/labels";
import { customerName, UNNAMED_CUSTOMER } from "@/lib/format/names";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-0.5">
      <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">{label}</dt>
      <dd className="truncate text-base text-stone-900">{children}</dd>
    </div>
  );
}

export function CustomerHeader({ customer, now }: { customer: ProfileCustomer; now: Date }) {
  const name = customerName(customer);
  return (
    <Card className="px-6 py-5">
      <h1 className="text-3xl font-semibold tracking-tight text-stone-900">
        {name ?? <span className="text-stone-500 italic">{UNNAMED_CUSTOMER}</span>}
      </h1>
      <p className="mt-3 inline-flex items-center gap-2 rounded-lg bg-brand-50 px-3 py-1.5 text-base text-brand-700 ring-1 ring-brand-100 ring-inset">
        <Compass aria-hidden="true" className="size-4.5 shrink-0" />
        {describeFirstTouch({
          channel: customer.firstTouchChannel,
          source: customer.firstTouchSource,
          firstSeenAt: customer.firstSeenAt,
        })}
      </p>
      <dl className="mt-5 grid grid-cols-3 gap-x-6 gap-y-4 lg:grid-cols-6">
        <Fact label="Preferred name">{customer.preferredName ?? <NotRecorded />}</Fact>
        <Fact label="Salutation">{customer.salutation ?? <NotRecorded />}</Fact>
        <Fact label="Language">{languageLabel(customer.language)}</Fact>
        <Fact label="City">{customer.city ?? <NotRecorded />}</Fact>
        <Fact label="Customer since">
          <time dateTime={customer.firstSeenAt.toISOString()}>{formatMonthYear(customer.firstSeenAt)}</time>
        </Fact>
        <Fact label="Last seen">
          {customer.lastSeenAt ? (
            <time dateTime={customer.lastSeenAt.toISOString()} title={formatDateTime(customer.lastSeenAt)}>
              {formatRelativeDay(customer.lastSeenAt, now)}
            </time>
          ) : (
            <NotRecorded />
          )}
        </Fact>
      </dl>
    </Card>
  );
}
