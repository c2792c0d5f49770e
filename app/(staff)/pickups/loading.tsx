import { getTranslations } from "next-intl/server";
import { BoardSkeleton } from "@/components/boards/board-skeleton";

export default async function Loading() {
  const t = await getTranslations("pickups");
  return <BoardSkeleton label={t("loading")} />;
}
