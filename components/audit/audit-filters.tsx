import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DatePicker } from "@/components/ui/date-picker";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";

/** A GET form, so filters live in the URL (?from=2026-11-23&to=…) and work without JavaScript. */
export function AuditFilters({ values }: { values: Record<string, string> }) {
  const t = useTranslations("audit");
  return (
    <form
      method="get"
      action="/audit"
      className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
      aria-label={t("filters.label")}
    >
      <div className="space-y-1.5 lg:col-span-2">
        <Label htmlFor="audit-actor">{t("filters.actor")}</Label>
        <Input
          className="h-11"
          id="audit-actor"
          name="actor"
          defaultValue={values.actor}
          placeholder={t("filters.actorPlaceholder")}
        />
      </div>
      <div className="space-y-1.5 lg:col-span-2">
        <Label htmlFor="audit-customer">{t("filters.customer")}</Label>
        <Input
          className="h-11"
          id="audit-customer"
          name="customer"
          defaultValue={values.customer}
          placeholder={t("filters.customerPlaceholder")}
        />
        {/* A link to one customer's entries filters by id; it stays while other filters change. */}
        {values.customerId ? <input type="hidden" name="customerId" value={values.customerId} /> : null}
      </div>
      <div className="space-y-1.5 lg:col-span-2">
        <Label htmlFor="audit-action">{t("filters.action")}</Label>
        <select
          id="audit-action"
          name="action"
          defaultValue={values.action ?? ""}
          className="h-11 w-full rounded-md border border-stone-300 bg-white px-3 text-base sm:text-sm"
        >
          <option value="">{t("filters.anyAction")}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`action.${action}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1.5 lg:col-span-2">
        <Label htmlFor="audit-from">{t("filters.from")}</Label>
        <DatePicker id="audit-from" name="from" defaultValue={values.from ?? ""} clearable className="flex" />
      </div>
      <div className="space-y-1.5 lg:col-span-2">
        <Label htmlFor="audit-to">{t("filters.to")}</Label>
        <DatePicker id="audit-to" name="to" defaultValue={values.to ?? ""} clearable className="flex" />
      </div>
      <div className="flex items-end lg:col-span-2">
        <Button type="submit" variant="secondary" className="min-h-11">
          {t("filters.apply")}
        </Button>
      </div>
    </form>
  );
}
