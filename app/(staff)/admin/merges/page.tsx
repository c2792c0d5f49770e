import { AdminPage } from "@/components/admin/admin-page";
import { History } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MergeHistoryItem } from "@/components/merges/merge-history-item";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageActor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listMergeHistory } from "@/lib/identity/list-merge-history";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.merges");
  return { title: t("title") };
}

export default async function MergesPage() {
  const actor = await requirePageActor("customers.merge");
  const [merges, t] = await Promise.all([listMergeHistory(actor), getTranslations("admin.merges")]);
  const canUndo = can(actor.role, "merges.undo");
  return (
    <AdminPage role={actor.role} current="/admin/merges" title={t("title")} description={t("description")}>
      <Card>
        {merges.length === 0 ? (
          <EmptyState icon={History} title={t("empty.title")} description={t("empty.description")} />
        ) : (
          <ul aria-label={t("title")} className="divide-y divide-stone-100">
            {merges.map((merge) => (
              <MergeHistoryItem key={merge.id} merge={merge} canUndo={canUndo} />
            ))}
          </ul>
        )}
      </Card>
    </AdminPage>
  );
}
