import type { Role } from "./permissions";

/** Until an admin saves a SecondFactorPolicy, these roles must use a second factor. */
export const DEFAULT_SECOND_FACTOR_ROLES: readonly Role[] = ["manager", "admin"];
