import Link from "next/link";
import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/shell/page-header";

export function ErasedNotice({ pseudonym }: { pseudonym: string }) {
  const t = useTranslations("card.erased");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      <div role="status" className="space-y-2 rounded-md bg-brand-50 px-4 py-3 text-sm text-brand-800">
        <p className="break-words">
          {t.rich("body", { pseudonym, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
        <Link className="inline-flex min-h-11 items-center font-medium underline" href="/admin/privacy">
          {t("back")}
        </Link>
      </div>
    </div>
  );
}
