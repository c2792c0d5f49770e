import { BoardSkeleton } from "@/components/boards/board-skeleton";
import { boardCopy } from "@/lib/boards/board-copy";

export default function Loading() {
  return <BoardSkeleton label={boardCopy.pickups.loading} />;
}
