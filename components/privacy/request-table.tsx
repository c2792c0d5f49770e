import { Inbox } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format/dates";
import type { PrivacyOverview } from "@/lib/privacy-admin/get-privacy-overview";
import { CompleteRequestButton } from "./complete-request-button";

const LINK = "inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline";

/** Open requests with their deadline and the way to answer them; one block per request on a phone. */
export function RequestTable({ requests }: { requests: PrivacyOverview["openRequests"] }) {
  const t = useTranslations();
  const locale = useLocale();
  if (requests.length === 0)
    return (
      <EmptyState
        icon={Inbox}
        as="h3"
        title={t("privacy.requests.empty.title")}
        description={t("privacy.requests.empty.description")}
      />
    );
  return (
    <ul aria-label={t("privacy.requests.title")} className="divide-y divide-stone-100">
      {requests.map((request) => {
        const customer = request.customerName ?? t("admin.unnamedCustomer");
        return (
          <li
            key={request.id}
            className="grid gap-2 px-5 py-3 text-sm md:grid-cols-[minmax(0,1.5fr)_minmax(0,1.5fr)_minmax(0,1fr)_minmax(0,1fr)_auto] md:items-start md:gap-4"
          >
            <div>
              <p className="font-medium text-stone-900">{t(`privacy.requestType.${request.type}`)}</p>
              <p className="text-xs text-stone-600">
                {t("privacy.requests.via", { name: request.requestedByName ?? request.requestedVia })}
              </p>
            </div>
            <Detail label={t("privacy.requests.customer")}>
              {request.customerId ? (
                <Link
                  prefetch={false}
                  className="break-words text-brand-700 hover:underline"
                  href={`/customers/${request.customerId}`}
                >
                  {customer}
                </Link>
              ) : (
                "—"
              )}
            </Detail>
            <Detail label={t("privacy.requests.received")}>{formatDate(request.receivedAt, locale)}</Detail>
            <Detail label={t("privacy.requests.dueBy")}>
              {formatDate(request.dueAt, locale)}{" "}
              {request.isOverdue ? (
                <Badge className="bg-red-100 text-red-800">{t("privacy.requests.overdue")}</Badge>
              ) : null}
            </Detail>
            <div className="flex flex-wrap items-start gap-x-3 md:justify-end">
              {request.customerId && request.type === "access" ? (
                <>
                  <a className={LINK} href={`/api/customers/${request.customerId}/export?format=html`}>
                    HTML<span className="sr-only"> {t("privacy.requests.exportOf", { name: customer })}</span>
                  </a>
                  <a className={LINK} href={`/api/customers/${request.customerId}/export?format=json`}>
                    JSON<span className="sr-only"> {t("privacy.requests.exportOf", { name: customer })}</span>
                  </a>
                  <CompleteRequestButton requestId={request.id} />
                </>
              ) : request.customerId ? (
                <Link
                  prefetch={false}
                  className={`${LINK} font-medium text-red-700`}
                  href={`/admin/privacy/erase/${request.customerId}`}
                >
                  {t("privacy.requests.erase")}
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <p className="text-xs text-stone-600">{label}</p>
      <div className="text-stone-900">{children}</div>
    </div>
  );
}
