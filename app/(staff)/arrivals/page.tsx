import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ArrivalsBoardView } from "@/components/arrivals/arrivals-board";
import { InvalidBoardLink } from "@/components/boards/invalid-board-link";
import { listArrivals } from "@/lib/arrivals/list-arrivals";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { requirePageActor } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("arrivals");
  return { title: t("title") };
}

type ArrivalsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ArrivalsPage({ searchParams }: ArrivalsPageProps) {
  const actor = await requirePageActor("arrivals.view");
  const outcome = await listArrivals(actor, await searchParams).then(
    (loaded) => ({ loaded }),
    (error: unknown) => ({ error }),
  );
  if ("error" in outcome) {
    if (outcome.error instanceof ValidationError) {
      const fields = outcome.error.issues.map((issue) => issue.path);
      return <InvalidBoardLink fields={fields} href="/arrivals" />;
    }
    if (outcome.error instanceof NotFoundError) notFound();
    throw outcome.error;
  }
  const { board, choices } = outcome.loaded;
  return (
    <ArrivalsBoardView
      initialBoard={board}
      choices={choices}
      canCheckIn={can(actor.role, "arrivals.checkIn")}
    />
  );
}
