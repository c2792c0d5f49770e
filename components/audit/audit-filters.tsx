import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";

/** A GET form, so filters live in the URL and work without JavaScript. */
export function AuditFilters({ values }: { values: Record<string, string> }) {
  return (
    <form
      method="get"
      action="/audit"
      className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
      aria-label="Filter the audit log"
    >
      <div className="space-y-1.5 lg:col-span-2">
        <Label htmlFor="audit-actor">Staff email</Label>
        <Input id="audit-actor" name="actor" defaultValue={values.actor} placeholder="e.g. sanne@" />
      </div>
      <div className="space-y-1.5 lg:col-span-2">
        <Label htmlFor="audit-customer">Customer name</Label>
        <Input
          id="audit-customer"
          name="customer"
          defaultValue={values.customer}
          placeholder="e.g. de vries"
        />
        {/* A link to one customer's entries filters by id; it stays while other filters change. */}
        {values.customerId ? <input type="hidden" name="customerId" value={values.customerId} /> : null}
      </div>
      <div className="space-y-1.5 lg:col-span-2">
        <Label htmlFor="audit-action">Action</Label>
        <select
          id="audit-action"
          name="action"
          defaultValue={values.action ?? ""}
          className="h-10 w-full rounded-md border border-stone-300 bg-white px-3 text-sm"
        >
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1.5 lg:col-span-2">
        <Label htmlFor="audit-from">From</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={values.from} />
      </div>
      <div className="space-y-1.5 lg:col-span-2">
        <Label htmlFor="audit-to">To</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={values.to} />
      </div>
      <div className="flex items-end lg:col-span-2">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
      </div>
    </form>
  );
}
