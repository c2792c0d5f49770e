import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/permissions";

/** Where someone works, in words: their locations, "All locations" for admins, or "No location assigned". */
export async function describePlace(role: Role, locations: string[]): Promise<string> {
  const t = await getTranslations("shell.user");
  return role === "admin" ? t("allLocations") : locations.join(", ") || t("noLocation");
}
