import { useTranslations } from "next-intl";
import { DocsTable } from "./docs-table";

export interface SchemaObject {
  type?: string | string[];
  enum?: unknown[];
  $ref?: string;
  items?: SchemaObject;
  anyOf?: SchemaObject[];
  description?: string;
  maxLength?: number;
  format?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
}

function typeOf(schema: SchemaObject): string {
  if (schema.$ref) return schema.$ref.split("/").pop() ?? "object";
  if (schema.enum) return schema.enum.map(String).join(" | ");
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" or ");
  if (schema.items) return `${typeOf(schema.items)}[]`;
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type ?? "any"]).filter(
    (t) => t !== "null",
  );
  return [types.join(" | "), schema.format, schema.maxLength ? `≤ ${schema.maxLength}` : null]
    .filter(Boolean)
    .join(", ");
}

/**
 * A field table rendered from the generated OpenAPI schema, so the page can't drift from the API.
 * Types and the fields' descriptions are the OpenAPI document's own (English, like the API).
 */
export function SchemaFields({ name, schema }: { name: string; schema: SchemaObject }) {
  const t = useTranslations("apiDocs.fields");
  const required = new Set(schema.required ?? []);
  return (
    <DocsTable
      label={t("label", { name })}
      columns={[
        { header: t("field"), isCode: true },
        { header: t("type"), isCode: true },
        { header: t("meaning") },
      ]}
      rows={Object.entries(schema.properties ?? {}).map(([field, property]) => ({
        key: field,
        cells: [
          <>
            {field}
            {required.has(field) ? (
              <span className="ml-1 font-sans text-red-700">{t("required")}</span>
            ) : null}
          </>,
          typeOf(property),
          <span key="meaning" lang="en">
            {property.description ?? ""}
          </span>,
        ],
      }))}
    />
  );
}
