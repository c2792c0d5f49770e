import { z } from "zod";
import { privacyExportSchema } from "@/lib/validation/privacy";

/** The export's JSON Schema (draft 2020-12), also committed as docs/privacy-export.schema.json. */
export function privacyExportJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://gastvrij.example/schemas/privacy-export.schema.json",
    ...z.toJSONSchema(privacyExportSchema, { target: "draft-2020-12", io: "output" }),
  };
}
