import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import { UsersRound } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ManualMergeForm } from "@/components/merges/manual-merge-form";
import { MergeReview } from "@/components/merges/merge-review";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageActor } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/dates";
import type { IdentityType } from "@/lib/generated/prisma/enums";
import { listDuplicateSuggestions } from "@/lib/identity/list-duplicate-suggestions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.duplicates");
  return { title: t("title") };
}

export default async function DuplicatesPage() {
  const actor = await requirePageActor("customers.merge");
  const [suggestions, t, locale] = await Promise.all([
    listDuplicateSuggestions(actor),
    getTranslations(),
    getLocale(),
  ]);
  const nameOf = (c: { firstName: string | null; lastName: string | null }) =>
    [c.firstName, c.lastName].filter(Boolean).join(" ") || t("admin.unnamedCustomer");
  return (
    <AdminPage
      role={actor.role}
      current="/admin/duplicates"
      title={t("admin.duplicates.title")}
      description={t("admin.duplicates.description")}
    >
      {suggestions.length === 0 ? (
        <Card>
          <EmptyState
            icon={UsersRound}
            title={t("admin.duplicates.empty.title")}
            description={t("admin.duplicates.empty.description")}
          />
        </Card>
      ) : (
        <ul className="space-y-3" aria-label={t("admin.duplicates.title")}>
          {suggestions.map((suggestion) => {
            const label = t("admin.duplicates.pair", {
              first: nameOf(suggestion.customerA),
              second: nameOf(suggestion.customerB),
            });
            const identifier = t(`labels.identityType.${suggestion.identityType as IdentityType}`);
            return (
              <li key={suggestion.id}>
                <Card>
                  <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
                    <CardTitle className="break-words">{label}</CardTitle>
                    <div className="flex flex-wrap gap-2">
                      <Badge tone="outbound">
                        {t("admin.duplicates.same", { identifier: identifier.toLowerCase() })}
                      </Badge>
                      <Badge className="whitespace-normal">
                        {t("admin.duplicates.suggested", {
                          date: formatDateTime(suggestion.createdAt, locale),
                        })}
                      </Badge>
                    </div>
                  </CardHeader>
                  <CardContent>
                    <MergeReview
                      firstId={suggestion.customerA.id}
                      secondId={suggestion.customerB.id}
                      suggestionId={suggestion.id}
                      label={label}
                    />
                  </CardContent>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      <AdminCard
        title={t("admin.duplicates.manualTitle")}
        description={t("admin.duplicates.manualDescription")}
      >
        <ManualMergeForm />
      </AdminCard>
    </AdminPage>
  );
}
