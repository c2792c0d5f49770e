import "server-only";

/** What every section reader of the greeting card needs; built once by getCustomerProfile. */
export type CardContext = {
  customerId: string;
  /** The actor's locations, or null for admins (all). */
  scope: string[] | null;
  /** Today at the desk as YYYY-MM-DD. */
  today: string;
  now: Date;
};

/** How far back "recent" reaches for cancellations, delays and unanswered contacts. */
export const RECENT_DAYS = 30;
