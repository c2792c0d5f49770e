import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { ROLE_HOME } from "@/lib/auth/permissions";

export default async function Home() {
  const actor = await getCurrentActor();
  redirect(actor ? ROLE_HOME[actor.role] : "/login");
}
