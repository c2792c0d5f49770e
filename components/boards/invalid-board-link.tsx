import { Link2Off } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { boardCopy } from "@/lib/boards/board-copy";

/** A board URL with a malformed date or location: say what is wrong and offer the default board. */
export function InvalidBoardLink({ message, href }: { message: string; href: string }) {
  return (
    <Card>
      <EmptyState
        as="h1"
        icon={Link2Off}
        title={boardCopy.board.invalidLink}
        description={message}
        action={
          <Button asChild>
            <Link href={href}>{boardCopy.board.backToBoard}</Link>
          </Button>
        }
      />
    </Card>
  );
}
