import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import { UsersRound } from "lucide-react";
import type { Metadata } from "next";
import { ManualMergeForm } from "@/components/merges/manual-merge-form";
import { MergeReview } from "@/components/merges/merge-review";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageActor } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/dates";
import { listDuplicateSuggestions } from "@/lib/identity/list-duplicate-suggestions";

export const metadata: Metadata = { title: "Possible duplicates" };

const nameOf = (c: { firstName: string | null; lastName: string | null }) =>
  [c.firstName, c.lastName].filter(Boolean).join(" ") || "Unnamed customer";

export default async function DuplicatesPage() {
  const actor = await requirePageActor("customers.merge");
  const suggestions = await listDuplicateSuggestions(actor);
  return (
    <AdminPage
      role={actor.role}
      current="/admin/duplicates"
      title="Possible duplicates"
      description="Customers tied by a weak identifier (phone, device, booking reference). Strong identifiers merge automatically; these wait for a person."
    >
      {suggestions.length === 0 ? (
        <Card>
          <EmptyState
            icon={UsersRound}
            title="No possible duplicates to review"
            description="New suggestions appear here when incoming events tie two customers by a phone number or device."
          />
        </Card>
      ) : (
        <ul className="space-y-3" aria-label="Possible duplicates">
          {suggestions.map((suggestion) => {
            const label = `${nameOf(suggestion.customerA)} and ${nameOf(suggestion.customerB)}`;
            return (
              <li key={suggestion.id}>
                <Card>
                  <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
                    <CardTitle>{label}</CardTitle>
                    <div className="flex gap-2">
                      <Badge tone="outbound">Same {suggestion.identityType.replace(/_/g, " ")}</Badge>
                      <Badge>Suggested {formatDateTime(suggestion.createdAt)}</Badge>
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
        title="Merge two customers"
        description={<>For duplicates nobody suggested. You see a preview before anything changes.</>}
      >
        <ManualMergeForm />
      </AdminCard>
    </AdminPage>
  );
}
