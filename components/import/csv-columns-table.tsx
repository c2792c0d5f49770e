import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export interface ColumnDoc {
  name: string;
  isRequired: boolean;
}

type ColumnName = Parameters<ReturnType<typeof useTranslations<"csvImport.column">>>[0];

/** The columns of one kind of file and what each means; a definition list that reads on a phone too. */
export function CsvColumnsTable({ columns }: { columns: readonly ColumnDoc[] }) {
  const t = useTranslations("csvImport");
  return (
    <dl className="divide-y divide-stone-100 text-sm">
      {columns.map((column) => (
        <div key={column.name} className="grid gap-1 px-5 py-2.5 sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-4">
          <dt className="flex flex-wrap items-center gap-2 font-mono text-xs break-all text-stone-900">
            {column.name}
            {column.isRequired ? <Badge tone="brand">{t("required")}</Badge> : null}
          </dt>
          <dd className="text-xs text-stone-700">
            {t.has(`column.${column.name as ColumnName}`) ? t(`column.${column.name as ColumnName}`) : ""}
          </dd>
        </div>
      ))}
    </dl>
  );
}
