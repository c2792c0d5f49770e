// npm run privacy:schema: rewrite docs/privacy-export.schema.json from lib/validation/privacy.ts.
// A test fails when the committed file and the code differ.
import { writeFileSync } from "node:fs";
import { privacyExportJsonSchema } from "@/lib/privacy/export-json-schema";

writeFileSync("docs/privacy-export.schema.json", `${JSON.stringify(privacyExportJsonSchema(), null, 2)}\n`);
console.log("Wrote docs/privacy-export.schema.json");
