import type { Action, Role } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";

export type NavKey = "arrivals" | "pickups" | "customers" | "insights" | "admin";
export interface NavItem {
  key: NavKey;
  href: string;
  label: string;
}

const ITEMS: readonly (NavItem & { action: Action })[] = [
  { key: "arrivals", href: "/arrivals", label: "Arrivals", action: "arrivals.view" },
  { key: "pickups", href: "/pickups", label: "Pickups", action: "pickups.view" },
  { key: "customers", href: "/customers", label: "Customers", action: "customer.search" },
  { key: "insights", href: "/insights", label: "Insights", action: "insights.view" },
  { key: "admin", href: "/admin/users", label: "Admin", action: "users.manage" },
];

/** The top-bar links a role may use; managers reach the audit log and duplicate review under "Review". */
export function navItemsFor(role: Role): NavItem[] {
  const items = ITEMS.filter((item) => can(role, item.action)).map(({ key, href, label }) => ({
    key,
    href,
    label,
  }));
  if (role === "manager") items.push({ key: "admin", href: "/audit", label: "Review" });
  return items;
}
