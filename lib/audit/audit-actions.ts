// Every kind of audit entry; pure so filters and forms can use the list.
export const AUDIT_ACTIONS = [
  "auth.signIn.success",
  "auth.signIn.failure",
  "auth.signOut",
  "permission.denied",
  "customer.view",
  "customer.search",
  "customer.note",
  "customer.change",
  "audit.export",
  "user.create",
  "user.update",
  "user.disable",
  "user.enable",
  "user.resetPassword",
  "user.changePassword",
  "location.create",
  "location.update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

