import "server-only";
import { db } from "@/lib/db/client";
import { normalizeIdentifier } from "@/lib/validation/normalize-identifier";
import { isSafeText } from "@/lib/validation/safe-json";

// Segment's alias names a previousId without saying what it is: an anonymousId or an earlier userId.
// One that some customer already holds as their external user id is that (strong: the customers
// merge); anything else is taken as a web id, which follows the weak-identifier rules.

/** The normalized previousIds of a batch that are known external user ids. */
export async function knownUserIds(previousIds: string[]): Promise<Set<string>> {
  const values = [
    ...new Set(
      previousIds
        .filter(isSafeText)
        .map((raw) => normalizeIdentifier("external_user_id", raw))
        .filter((v) => v !== null),
    ),
  ];
  if (values.length === 0) return new Set();
  const rows = await db.identity.findMany({
    where: { type: "external_user_id", normalizedValue: { in: values } },
    select: { normalizedValue: true },
  });
  return new Set(rows.map((row) => row.normalizedValue));
}
