import "server-only";
import { getContactBadges } from "@/lib/contact-pressure/get-contact-badges";
import type { ContactBadge } from "@/lib/contact-pressure/contact-badge";

/**
 * The "no survey" and "contact limit reached" badges of every customer on the arrivals and pickups
 * boards, in one batched call (never one per customer). Both boards reach it only through
 * loadBoardBadges. Customers without a badge are left out of the map.
 */
export async function loadContactBadges(customerIds: string[]): Promise<Map<string, ContactBadge[]>> {
  return getContactBadges(customerIds);
}
