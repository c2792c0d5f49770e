import { Link2Off } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

const KNOWN_FIELDS = ["date", "location"] as const;
type KnownField = (typeof KNOWN_FIELDS)[number];
const isKnown = (field: string): field is KnownField => (KNOWN_FIELDS as readonly string[]).includes(field);

/**
 * A board URL with a malformed date or location: say which part is wrong and offer the default board.
 * `fields` are the query parameters the validation refused.
 */
export function InvalidBoardLink({ fields, href }: { fields: string[]; href: string }) {
  const t = useTranslations("boards.invalidLink");
  const known = KNOWN_FIELDS.filter((field) => fields.includes(field));
  const reasons = [
    ...known.map((field) => t(field)),
    ...(fields.some((field) => !isKnown(field)) || fields.length === 0 ? [t("other")] : []),
  ];
  return (
    <Card>
      <EmptyState
        as="h1"
        icon={Link2Off}
        title={t("title")}
        description={reasons.map((reason) => (
          <p key={reason}>{reason}</p>
        ))}
        action={
          <Button asChild className="h-11">
            <Link href={href}>{t("back")}</Link>
          </Button>
        }
      />
    </Card>
  );
}
