import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import { KeyRound } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeyRowActions } from "@/components/api-keys/api-key-row-actions";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listApiKeys } from "@/lib/api-keys/manage-api-keys";
import { requirePageActor } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/dates";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const actor = await requirePageActor("apiKeys.manage");
  const keys = await listApiKeys(actor);
  return (
    <AdminPage
      role={actor.role}
      current="/admin/api-keys"
      title="API keys"
      description={
        <>
          One key per source system. Keys are shown once and only their hash is kept. See the{" "}
          <Link href="/docs/api" className="text-brand-700 underline-offset-4 hover:underline">
            API documentation
          </Link>
          .
        </>
      }
    >
      <Card>
        {keys.length === 0 ? (
          <EmptyState
            icon={KeyRound}
            title="No API keys yet"
            description="Create a key for each system that sends events or asks about contact eligibility."
          />
        ) : (
          <Table aria-label="API keys">
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Source and scopes</TableHead>
                <TableHead>Last used</TableHead>
                <TableHead className="text-right">Actions</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {keys.map((key) => (
                <TableRow key={key.id} className="align-top">
                  <TableCell>
                    <div className="font-medium text-stone-900">{key.name}</div>
                    <div className="font-mono text-xs text-stone-500">{key.prefix}…</div>
                    <div className="mt-1 text-xs text-stone-500">
                      Created {formatDateTime(key.createdAt)}
                      {key.createdBy ? ` by ${key.createdBy.name}` : ""}
                    </div>
                    {key.revokedAt ? (
                      <Badge className="mt-1">Revoked {formatDateTime(key.revokedAt)}</Badge>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <div className="font-mono text-xs">{key.source}</div>
                    <div className="mt-1 flex flex-wrap gap-1">
                      {key.scopes.map((scope) => (
                        <Badge key={scope} tone="brand">
                          {scope}
                        </Badge>
                      ))}
                    </div>
                    <div className="mt-1 text-xs text-stone-500">{key.requestsPerSecond} requests/s</div>
                  </TableCell>
                  <TableCell className="text-xs">
                    {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "Never"}
                  </TableCell>
                  <TableCell className="text-right">
                    <ApiKeyRowActions
                      apiKey={{ id: key.id, name: key.name, isRevoked: key.revokedAt !== null }}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
      <AdminCard title="New API key">
        <CreateApiKeyForm />
      </AdminCard>
    </AdminPage>
  );
}
