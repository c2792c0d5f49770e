import { KeyRound, ShieldCheck, UserRound, type LucideIcon } from "lucide-react";

/** The signed-in person's own pages, in the account menu and the narrow-screen menu alike. */
export const ACCOUNT_LINKS: readonly {
  key: "account" | "password" | "security";
  href: string;
  icon: LucideIcon;
}[] = [
  { key: "account", href: "/account", icon: UserRound },
  { key: "password", href: "/account/password", icon: KeyRound },
  { key: "security", href: "/account/security", icon: ShieldCheck },
];

export interface ShellUser {
  name: string;
  /** "Receptionist · Hotel Amsterdam", already in the interface language. */
  detail: string;
}
