import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { ApiKeyRowActions } from "./api-key-row-actions";

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  source: string;
  scopes: string[];
  requestsPerSecond: number;
  /** Dates already formatted in the interface language. */
  created: string;
  createdBy: string | null;
  revoked: string | null;
  lastUsed: string | null;
}

/** One API key: name and prefix, source and scopes, last use, then its actions; stacks on a phone. */
export function ApiKeyItem({ apiKey }: { apiKey: ApiKeySummary }) {
  const t = useTranslations("apiKeys");
  return (
    <li className="grid gap-3 px-5 py-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,2fr)_minmax(0,1fr)_auto] lg:items-start lg:gap-6">
      <div className="min-w-0">
        <p className="font-medium break-words text-stone-900">{apiKey.name}</p>
        <p className="font-mono text-xs text-stone-600">{apiKey.prefix}…</p>
        <p className="mt-1 text-xs text-stone-600">
          {apiKey.createdBy
            ? t("createdBy", { date: apiKey.created, name: apiKey.createdBy })
            : t("created", { date: apiKey.created })}
        </p>
        {apiKey.revoked ? (
          <Badge className="mt-1 whitespace-normal">{t("revokedOn", { date: apiKey.revoked })}</Badge>
        ) : null}
      </div>
      <div className="min-w-0 text-sm">
        <p className="text-xs text-stone-600">{t("source")}</p>
        <p className="font-mono text-xs break-all text-stone-900">{apiKey.source}</p>
        <ul aria-label={t("scopes")} className="mt-1 flex flex-wrap gap-1">
          {apiKey.scopes.map((scope) => (
            <li key={scope}>
              <Badge tone="brand">{scope}</Badge>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-stone-600">{t("rate", { count: apiKey.requestsPerSecond })}</p>
      </div>
      <div className="text-sm">
        <p className="text-xs text-stone-600">{t("lastUsed")}</p>
        <p className="text-stone-900">{apiKey.lastUsed ?? t("neverUsed")}</p>
      </div>
      <ApiKeyRowActions apiKey={{ id: apiKey.id, name: apiKey.name, isRevoked: apiKey.revoked !== null }} />
    </li>
  );
}
