import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";

// Hot, fixed-shape statements (the greeting card's) cost more to parse and plan than to run: a
// dozen index probes behind one plan of many subqueries. Marked ones are prepared once per pooled
// connection and their plans reused. Only marked ones: pg keeps every named statement for the life
// of the connection, so statements whose text varies freely must stay unnamed.

const MARK = "/* prepared */";

/** Put first in a statement's text to have it prepared and its plan reused per connection. */
export const PREPARED = Prisma.raw(`${MARK}\n`);

/** For PrismaPg's statementNameGenerator: a name per marked text; "" (pg: unnamed) for the rest. */
export function preparedStatementName({ sql }: { sql: string }): string {
  if (!sql.startsWith(MARK)) return "";
  return `gv_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
}
