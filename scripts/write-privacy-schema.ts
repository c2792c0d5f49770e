// npm run privacy:schema: rewrite docs/privacy-export.schema.json from lib/validation/privacy.ts.
// A test fails when the committed file and the code differ.
import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { privacyExportJsonSchema } from "@/lib/privacy/export-json-schema";

const file = "docs/privacy-export.schema.json";
// Formatted as `npm run lint` expects it.
const options = { ...(await resolveConfig(file)), filepath: file };
writeFileSync(file, await format(JSON.stringify(privacyExportJsonSchema()), options));
console.log(`Wrote ${file}`);
