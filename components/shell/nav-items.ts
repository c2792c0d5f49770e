import type { Action, Role } from "@/lib/auth/permissions";
import { can, ROLE_HOME } from "@/lib/auth/permissions";

export type NavKey = "arrivals" | "pickups" | "customers" | "insights" | "admin" | "review";
export interface NavItem {
  key: NavKey;
  href: string;
  /** Folded into the "More" menu between 1024 and 1280 px, where five links don't fit beside the search. */
  isSecondary: boolean;
}

const ITEMS: readonly { key: NavKey; href: string; action: Action }[] = [
  { key: "arrivals", href: "/arrivals", action: "arrivals.view" },
  { key: "pickups", href: "/pickups", action: "pickups.view" },
  { key: "customers", href: "/customers", action: "customer.search" },
  { key: "insights", href: "/insights", action: "insights.view" },
  { key: "admin", href: "/admin/users", action: "users.manage" },
];

/** At most this many links sit in the bar at 1024 px; the rest go under "More". */
const MAX_INLINE = 3;
/** The boards first: managers and admins, who have the long menu, rarely work them. */
const FOLD_ORDER: readonly NavKey[] = ["pickups", "arrivals", "insights", "customers"];

/** The top-bar links a role may use; managers reach the audit log and duplicate review under "Review". */
export function navItemsFor(role: Role): NavItem[] {
  const items: NavItem[] = ITEMS.filter((item) => can(role, item.action)).map(({ key, href }) => ({
    key,
    href,
    isSecondary: false,
  }));
  if (role === "manager") items.push({ key: "review", href: "/audit", isSecondary: false });
  let inline = items.length;
  for (const key of FOLD_ORDER) {
    if (inline <= MAX_INLINE) break;
    const item = items.find((candidate) => candidate.key === key);
    // The role's own home page always stays in sight.
    if (!item || item.href === ROLE_HOME[role]) continue;
    item.isSecondary = true;
    inline -= 1;
  }
  return items;
}

/** The paths that light up a link: admins' and managers' back-office pages live under two roots. */
export function isNavItemActive(item: Pick<NavItem, "key" | "href">, pathname: string): boolean {
  const sections = item.key === "admin" || item.key === "review" ? ["/admin", "/audit"] : [item.href];
  return sections.some((section) => pathname === section || pathname.startsWith(`${section}/`));
}
