import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { InvalidBoardLink } from "@/components/boards/invalid-board-link";
import { PickupsBoardView } from "@/components/pickups/pickups-board";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { requirePageActor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listPickups } from "@/lib/pickups/list-pickups";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pickups");
  return { title: t("title") };
}

type PickupsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PickupsPage({ searchParams }: PickupsPageProps) {
  const actor = await requirePageActor("pickups.view");
  const outcome = await listPickups(actor, await searchParams).then(
    (loaded) => ({ loaded }),
    (error: unknown) => ({ error }),
  );
  if ("error" in outcome) {
    if (outcome.error instanceof ValidationError) {
      const fields = outcome.error.issues.map((issue) => issue.path);
      return <InvalidBoardLink fields={fields} href="/pickups" />;
    }
    if (outcome.error instanceof NotFoundError) notFound();
    throw outcome.error;
  }
  const { board, choices } = outcome.loaded;
  return (
    <PickupsBoardView
      initialBoard={board}
      choices={choices}
      canHandOver={can(actor.role, "pickups.handOver")}
    />
  );
}
