// Who may do what, as data. The admin roles page renders this map; every lib/ function checks it.

export const ROLES = ["intern", "receptionist", "store_staff", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "customer.view",
  "customer.viewPersonalData",
  "customer.addNote",
  "customer.search",
  "arrivals.view",
  "arrivals.checkIn",
  "pickups.view",
  "pickups.handOver",
  "insights.view",
  "audit.view",
  "audit.export",
  "users.manage",
  "locations.manage",
  "apiKeys.manage",
  "customers.merge",
  "merges.undo",
  "policy.manage",
  "privacy.manage",
  "customer.export",
  "customer.erase",
  "imports.run",
] as const;
export type Action = (typeof ACTIONS)[number];

const FRONT_LINE = [
  "customer.view",
  "customer.search",
  "customer.addNote",
] as const satisfies readonly Action[];

export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  intern: [...FRONT_LINE],
  receptionist: [...FRONT_LINE, "customer.viewPersonalData", "arrivals.view", "arrivals.checkIn"],
  store_staff: [...FRONT_LINE, "customer.viewPersonalData", "pickups.view", "pickups.handOver"],
  manager: [
    ...FRONT_LINE,
    "customer.viewPersonalData",
    "arrivals.view",
    "arrivals.checkIn",
    "pickups.view",
    "pickups.handOver",
    "insights.view",
    "audit.view",
    "audit.export",
    // The issue: possible duplicates are reviewed by "an admin or manager"; undo stays with admins.
    "customers.merge",
    // Art. 15: a manager can answer a customer's access request; erasure stays with admins.
    "customer.export",
  ],
  admin: [...ACTIONS],
};

export const ROLE_LABELS: Record<Role, string> = {
  intern: "Intern / host",
  receptionist: "Receptionist",
  store_staff: "Store staff",
  manager: "Manager",
  admin: "Admin",
};

/** Where each role lands after sign-in. */
export const ROLE_HOME: Record<Role, string> = {
  intern: "/customers",
  receptionist: "/arrivals",
  store_staff: "/pickups",
  manager: "/insights",
  admin: "/admin/users",
};

export function can(role: Role, action: Action): boolean {
  return ROLE_ACTIONS[role].includes(action);
}

/** Admins see every location; everyone else only the locations they are assigned to. */
export function seesAllLocations(role: Role): boolean {
  return role === "admin";
}
