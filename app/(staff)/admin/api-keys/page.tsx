import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ApiKeyItem } from "@/components/api-keys/api-key-item";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listApiKeys } from "@/lib/api-keys/manage-api-keys";
import { requirePageActor } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiKeys");
  return { title: t("title") };
}

export default async function ApiKeysPage() {
  const actor = await requirePageActor("apiKeys.manage");
  const [keys, t, locale] = await Promise.all([listApiKeys(actor), getTranslations("apiKeys"), getLocale()]);
  return (
    <AdminPage
      role={actor.role}
      current="/admin/api-keys"
      title={t("title")}
      description={t.rich("description", {
        docs: (chunks) => (
          <Link href="/docs/api" className="text-brand-700 underline underline-offset-4">
            {chunks}
          </Link>
        ),
      })}
    >
      <Card>
        {keys.length === 0 ? (
          <EmptyState icon={KeyRound} title={t("empty.title")} description={t("empty.description")} />
        ) : (
          <ul aria-label={t("title")} className="divide-y divide-stone-100">
            {keys.map((key) => (
              <ApiKeyItem
                key={key.id}
                apiKey={{
                  id: key.id,
                  name: key.name,
                  prefix: key.prefix,
                  source: key.source,
                  scopes: key.scopes,
                  requestsPerSecond: key.requestsPerSecond,
                  created: formatDateTime(key.createdAt, locale),
                  createdBy: key.createdBy?.name ?? null,
                  revoked: key.revokedAt ? formatDateTime(key.revokedAt, locale) : null,
                  lastUsed: key.lastUsedAt ? formatDateTime(key.lastUsedAt, locale) : null,
                }}
              />
            ))}
          </ul>
        )}
      </Card>
      <AdminCard title={t("new")}>
        <CreateApiKeyForm />
      </AdminCard>
    </AdminPage>
  );
}
