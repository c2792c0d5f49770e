import Link from "next/link";
import { Inbox } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format/dates";
import { UNNAMED_CUSTOMER } from "@/lib/format/names";
import type { PrivacyOverview } from "@/lib/privacy-admin/get-privacy-overview";
import { CompleteRequestButton } from "./complete-request-button";
import { REQUEST_TYPE_LABELS } from "./privacy-copy";

export function RequestTable({ requests }: { requests: PrivacyOverview["openRequests"] }) {
  if (requests.length === 0)
    return (
      <EmptyState
        icon={Inbox}
        as="h3"
        title="No open requests"
        description="Requests from source systems are answered at once; requests logged here wait for you."
      />
    );
  return (
    <Table aria-label="Open requests">
      <TableHeader>
        <TableRow>
          <TableHead>Request</TableHead>
          <TableHead>Customer</TableHead>
          <TableHead>Received</TableHead>
          <TableHead>Answer by</TableHead>
          <TableHead className="text-right">Answer</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {requests.map((request) => (
          <TableRow key={request.id}>
            <TableCell>
              {REQUEST_TYPE_LABELS[request.type]}
              <div className="text-xs text-stone-500">
                via {request.requestedByName ?? request.requestedVia}
              </div>
            </TableCell>
            <TableCell>
              {request.customerId ? (
                <Link
                  prefetch={false}
                  className="text-brand-700 hover:underline"
                  href={`/customers/${request.customerId}`}
                >
                  {request.customerName ?? UNNAMED_CUSTOMER}
                </Link>
              ) : (
                "—"
              )}
            </TableCell>
            <TableCell>{formatDate(request.receivedAt)}</TableCell>
            <TableCell>
              {formatDate(request.dueAt)}{" "}
              {request.isOverdue ? <Badge className="bg-red-100 text-red-800">Overdue</Badge> : null}
            </TableCell>
            <TableCell className="text-right">
              {request.customerId && request.type === "access" ? (
                <div className="flex justify-end gap-3">
                  <a
                    className="text-sm text-brand-700 hover:underline"
                    href={`/api/customers/${request.customerId}/export?format=html`}
                  >
                    HTML
                  </a>
                  <a
                    className="text-sm text-brand-700 hover:underline"
                    href={`/api/customers/${request.customerId}/export?format=json`}
                  >
                    JSON
                  </a>
                  <CompleteRequestButton requestId={request.id} />
                </div>
              ) : request.customerId ? (
                <Link
                  prefetch={false}
                  className="text-sm font-medium text-red-700 hover:underline"
                  href={`/admin/privacy/erase/${request.customerId}`}
                >
                  Erase…
                </Link>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
