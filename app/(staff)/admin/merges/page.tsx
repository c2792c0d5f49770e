import { AdminPage } from "@/components/admin/admin-page";
import { History } from "lucide-react";
import type { Metadata } from "next";
import { CustomerLink } from "@/components/customers/customer-link";
import { UndoMergeButton } from "@/components/merges/undo-merge-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/dates";
import { listMergeHistory } from "@/lib/identity/list-merge-history";

export const metadata: Metadata = { title: "Merge history" };

export default async function MergesPage() {
  const actor = await requirePageActor("customers.merge");
  const merges = await listMergeHistory(actor);
  const canUndo = can(actor.role, "merges.undo");
  return (
    <AdminPage
      role={actor.role}
      current="/admin/merges"
      title="Merge history"
      description="Every merge of two customers, automatic or by a reviewer. Admins can undo a merge; both customers then return exactly as they were."
    >
      <Card>
        {merges.length === 0 ? (
          <EmptyState
            icon={History}
            title="No merges yet"
            description="Merges appear here when a strong identifier ties two customers or a reviewer merges a suggestion."
          />
        ) : (
          <Table aria-label="Merges">
            <TableHeader>
              <TableRow>
                <TableHead>Customers</TableHead>
                <TableHead>Why</TableHead>
                <TableHead>What moved</TableHead>
                <TableHead className="text-right">Undo</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {merges.map((merge) => (
                <TableRow key={merge.id} className="align-top">
                  <TableCell>
                    <div className="font-medium text-stone-900">
                      {merge.mergedName} →{" "}
                      {merge.survivorExists && !merge.undoneAt ? (
                        <CustomerLink
                          className="text-brand-700 hover:underline"
                          customerId={merge.survivorId}
                        >
                          {merge.survivorName}
                        </CustomerLink>
                      ) : (
                        merge.survivorName
                      )}
                    </div>
                    <div className="text-xs text-stone-500">
                      {formatDateTime(merge.createdAt)} · {merge.mergedByName ?? "automatic"}
                    </div>
                    {merge.undoneAt ? (
                      <Badge className="mt-1">
                        Undone {formatDateTime(merge.undoneAt)}
                        {merge.undoneByName ? ` by ${merge.undoneByName}` : ""}
                      </Badge>
                    ) : null}
                  </TableCell>
                  <TableCell className="text-sm">{merge.reason}</TableCell>
                  <TableCell className="text-xs">
                    {merge.movedEvents} events, {merge.movedRecords} other records, {merge.movedIdentities}{" "}
                    identifiers
                  </TableCell>
                  <TableCell className="text-right">
                    {canUndo && !merge.undoneAt && merge.survivorExists ? (
                      <UndoMergeButton mergeId={merge.id} label={merge.mergedName} />
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </AdminPage>
  );
}
