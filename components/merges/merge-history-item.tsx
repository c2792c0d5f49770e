import { useLocale, useTranslations } from "next-intl";
import { CustomerLink } from "@/components/customers/customer-link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format/dates";
import { UNNAMED_CUSTOMER } from "@/lib/format/names";
import type { IdentityType } from "@/lib/generated/prisma/enums";
import type { MergeHistoryRow } from "@/lib/identity/list-merge-history";
import { UndoMergeButton } from "./undo-merge-button";

/** One merge: who into whom, why, what moved and its undo; stacks on a phone. */
export function MergeHistoryItem({ merge, canUndo }: { merge: MergeHistoryRow; canUndo: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const name = (stored: string) => (stored === UNNAMED_CUSTOMER ? t("admin.unnamedCustomer") : stored);
  // An automatic merge stored its reason in English; it is said again from the identifier it shared.
  const reason =
    merge.mergedByName === null && merge.identityType
      ? merge.identityType === "web_id"
        ? t("admin.merges.automaticWebId")
        : t("admin.merges.automatic", {
            identifier: t(`labels.identityType.${merge.identityType as IdentityType}`).toLowerCase(),
          })
      : merge.reason;
  return (
    <li className="grid gap-2 px-5 py-4 md:grid-cols-[minmax(0,2fr)_minmax(0,2fr)_minmax(0,1.5fr)_auto] md:gap-4">
      <div className="min-w-0">
        <p className="font-medium break-words text-stone-900">
          {name(merge.mergedName)} →{" "}
          {merge.survivorExists && !merge.undoneAt ? (
            <CustomerLink className="text-brand-700 hover:underline" customerId={merge.survivorId}>
              {name(merge.survivorName)}
            </CustomerLink>
          ) : (
            name(merge.survivorName)
          )}
        </p>
        <p className="text-xs text-stone-600">
          {formatDateTime(merge.createdAt, locale)} · {merge.mergedByName ?? t("admin.merges.automaticBy")}
        </p>
        {merge.undoneAt ? (
          <Badge className="mt-1 whitespace-normal">
            {merge.undoneByName
              ? t("admin.merges.undoneBy", {
                  date: formatDateTime(merge.undoneAt, locale),
                  name: merge.undoneByName,
                })
              : t("admin.merges.undone", { date: formatDateTime(merge.undoneAt, locale) })}
          </Badge>
        ) : null}
      </div>
      <div className="text-sm">
        <p className="text-xs text-stone-600">{t("admin.merges.why")}</p>
        <p className="break-words text-stone-900">{reason}</p>
      </div>
      <div className="text-sm">
        <p className="text-xs text-stone-600">{t("admin.merges.moved")}</p>
        <p className="text-stone-900">
          {t("admin.merges.movedCounts", {
            events: merge.movedEvents,
            records: merge.movedRecords,
            identities: merge.movedIdentities,
          })}
        </p>
      </div>
      <div>
        {canUndo && !merge.undoneAt && merge.survivorExists ? (
          <UndoMergeButton mergeId={merge.id} label={name(merge.mergedName)} />
        ) : null}
      </div>
    </li>
  );
}
