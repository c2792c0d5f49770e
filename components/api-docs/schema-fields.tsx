import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

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

/** A field table rendered from the generated OpenAPI schema, so the page can't drift from the API. */
export function SchemaFields({ name, schema }: { name: string; schema: SchemaObject }) {
  const required = new Set(schema.required ?? []);
  return (
    <Table aria-label={`${name} fields`}>
      <TableHeader>
        <TableRow>
          <TableHead>Field</TableHead>
          <TableHead>Type</TableHead>
          <TableHead>Meaning</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {Object.entries(schema.properties ?? {}).map(([field, property]) => (
          <TableRow key={field} className="align-top">
            <TableCell className="font-mono text-xs">
              {field}
              {required.has(field) ? <span className="ml-1 text-red-700">required</span> : null}
            </TableCell>
            <TableCell className="max-w-64 text-xs break-words">{typeOf(property)}</TableCell>
            <TableCell className="text-sm">{property.description ?? ""}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
