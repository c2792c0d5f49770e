import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";
import { isSafeText, stripUnsafeText } from "./safe-json";
import { fromBase64Url, toBase64Url } from "./base64url";

// Shared by server data functions and (later) client forms, so no server-only or Node-only imports.

export const customerId = z.uuid();

/** Query strings may repeat a key (?q=a&q=b); the first value wins. */
function firstValue<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value), schema);
}

// ---- List cursor: the last row's sort key, as opaque base64url JSON -------------------------------

const nameKey = z.string().max(200).refine(isSafeText).nullable();
const cursorKey = z.tuple([nameKey, nameKey, z.uuid()]);

export type CustomerCursor = {
  lastName: string | null;
  firstName: string | null;
  id: string;
};

export function encodeCustomerCursor({ lastName, firstName, id }: CustomerCursor): string {
  return toBase64Url(JSON.stringify([lastName, firstName, id]));
}

export const customerCursor = z
  .string()
  .max(1000)
  .transform((value, ctx): CustomerCursor => {
    const json = fromBase64Url(value);
    let parsed: unknown;
    try {
      parsed = json === null ? null : JSON.parse(json);
    } catch {
      parsed = null;
    }
    const key = cursorKey.safeParse(parsed);
    if (!key.success) {
      ctx.addIssue({ code: "custom", message: issueMessage("validation.customers.cursor") });
      return z.NEVER;
    }
    const [lastName, firstName, id] = key.data;
    return { lastName, firstName, id };
  });

// ---- Customer list / search -----------------------------------------------------------------------

export const CUSTOMER_PAGE_SIZE = 25;
export const MAX_SEARCH_LENGTH = 200;
/** Results in the command palette: one screen, best first. */
export const PALETTE_RESULT_COUNT = 8;

export const listCustomersInput = z.object({
  // Overlong pastes are cut rather than refused: the search box should never produce an error page.
  q: firstValue(
    z
      .string()
      .optional()
      .transform(
        (value) =>
          stripUnsafeText(value ?? "")
            .trim()
            .slice(0, MAX_SEARCH_LENGTH) || undefined,
      ),
  ),
  // A stale or hand-edited cursor falls back to the first page instead of failing.
  after: firstValue(customerCursor.optional()).catch(undefined),
  limit: z.number().int().min(1).max(100).default(CUSTOMER_PAGE_SIZE),
});

/** What callers pass: raw strings from the URL are fine. */
export type ListCustomersInput = z.input<typeof listCustomersInput>;
export type ListCustomersQuery = z.output<typeof listCustomersInput>;

/** GET /api/customers/search: the palette asks as the user types, so bad input is a 400, not a page. */
export const searchCustomersQuery = z.object({
  q: firstValue(
    z
      .string({ error: issueMessage("validation.customers.searchRequired") })
      // A search tolerates what PostgreSQL can't store: NUL and lone surrogates are dropped.
      .transform(stripUnsafeText)
      .pipe(
        z
          .string()
          .trim()
          .min(1, { error: issueMessage("validation.customers.searchEmpty") })
          .max(MAX_SEARCH_LENGTH, {
            error: issueMessage("validation.customers.searchTooLong", { max: MAX_SEARCH_LENGTH }),
          }),
      ),
  ),
  limit: firstValue(
    z.coerce
      .number({ error: issueMessage("validation.number.whole") })
      .int({ error: issueMessage("validation.number.whole") })
      .min(1, { error: issueMessage("validation.number.atLeast", { min: 1 }) })
      .max(CUSTOMER_PAGE_SIZE, {
        error: issueMessage("validation.number.atMost", { max: CUSTOMER_PAGE_SIZE }),
      })
      .default(PALETTE_RESULT_COUNT),
  ),
});
export type SearchCustomersQuery = z.output<typeof searchCustomersQuery>;
