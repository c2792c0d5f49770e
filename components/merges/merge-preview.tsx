import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/dates";
import { UNNAMED_CUSTOMER } from "@/lib/format/names";
import type { IdentityType } from "@/lib/generated/prisma/enums";
import type { MergePreview, MergeSide } from "@/lib/identity/preview-merge";

const COUNTS = ["events", "bookings", "orders", "serviceCases", "consents", "facts"] as const;

function useNames() {
  const t = useTranslations("admin");
  return (side: MergeSide) => (side.name === UNNAMED_CUSTOMER ? t("unnamedCustomer") : side.name);
}

function Side({ side, role }: { side: MergeSide; role: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const name = useNames()(side);
  return (
    <section
      aria-label={`${role}: ${name}`}
      className="min-w-0 space-y-2 rounded-lg border border-stone-200 bg-white p-4"
    >
      <p className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{role}</p>
      <h4 className="font-semibold break-words text-stone-900">{name}</h4>
      <p className="text-xs break-all text-stone-600">
        {t("admin.mergePreview.since", { date: formatDate(side.firstSeenAt, locale), id: side.id })}
      </p>
      <ul className="space-y-0.5 text-sm text-stone-700" aria-label={t("admin.mergePreview.identifiers")}>
        {side.identities.map((identity) => (
          <li key={`${identity.type}:${identity.value}`} className="break-words">
            <span className="text-stone-600">
              {t(`labels.identityType.${identity.type as IdentityType}`)}:
            </span>{" "}
            {identity.value}
          </li>
        ))}
      </ul>
      <p className="text-sm text-stone-700">
        {COUNTS.map((key) => t(`admin.mergePreview.count.${key}`, { count: side._count[key] })).join(" · ")}
      </p>
    </section>
  );
}

/** What will happen, in plain words, before a reviewer confirms a merge. */
export function MergePreviewPanel({ preview }: { preview: MergePreview }) {
  const t = useTranslations("admin.mergePreview");
  const names = useNames();
  const { survivor, merged, filledFromMerged } = preview;
  const keep = names(survivor);
  const gone = names(merged);
  return (
    <div className="space-y-3">
      <div className="grid gap-3 md:grid-cols-2">
        <Side side={survivor} role={t("keeps")} />
        <Side side={merged} role={t("mergedInto")} />
      </div>
      <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
        <li>
          {t("moves", {
            merged: gone,
            survivor: keep,
            counts: COUNTS.map((key) => t(`count.${key}`, { count: merged._count[key] })).join(", "),
          })}
        </li>
        <li>{t("identifiersKeepWorking", { merged: gone, survivor: keep })}</li>
        {filledFromMerged.length ? (
          <li>
            {t("filled", {
              merged: gone,
              fields: filledFromMerged.map((field) => t(`field.${field}`)).join(", "),
            })}
          </li>
        ) : null}
        <li>{t("undoable")}</li>
      </ul>
    </div>
  );
}
