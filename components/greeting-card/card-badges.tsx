import { BedDouble, Repeat, ShoppingBag, Sparkles, TriangleAlert, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { CustomerProfile } from "@/lib/greeting-card/get-customer-profile";
import type { RelationshipSummary } from "@/lib/greeting-card/relationship-summary";

type BadgeItem = { key: string; icon: LucideIcon; text: string; className?: string };

const toneClasses = {
  danger: "bg-red-50 text-red-800 ring-1 ring-red-200 ring-inset",
  visit: "bg-brand-50 text-brand-700 ring-1 ring-brand-100 ring-inset",
  plain: "bg-stone-100 text-stone-700",
};

/**
 * The few facts that change how to greet, each with an icon and words (never colour alone). On a
 * narrow screen they wrap onto more lines; a badge never loses its words.
 */
export function CardBadges({
  profile,
  relationship,
}: {
  profile: CustomerProfile;
  relationship: RelationshipSummary | null;
}) {
  const t = useTranslations("card");
  const items: BadgeItem[] = [];
  if (profile.attention.ok && profile.attention.data.cases.some((c) => c.kind === "complaint"))
    items.push({
      key: "complaint",
      icon: TriangleAlert,
      text: t("badges.openComplaint"),
      className: toneClasses.danger,
    });
  if (profile.today.ok) {
    const { booking, pickups } = profile.today.data;
    if (booking)
      items.push({
        key: "stay",
        icon: BedDouble,
        text: booking.status === "checked_in" ? t("badges.inHouse") : t("badges.arrivingToday"),
        className: toneClasses.visit,
      });
    if (pickups.length > 0)
      items.push({
        key: "pickup",
        icon: ShoppingBag,
        text: t("badges.collecting"),
        className: toneClasses.visit,
      });
  }
  if (relationship)
    items.push({
      key: "relationship",
      icon: relationship.isReturning ? Repeat : Sparkles,
      text: relationship.status,
      className: toneClasses.plain,
    });
  if (items.length === 0) return null;
  return (
    <ul aria-label={t("glanceLabel")} className="flex flex-wrap gap-1 sm:justify-end">
      {items.map(({ key, icon: Icon, text, className }) => (
        <li key={key} className="max-w-full">
          <Badge
            className={cn(
              "px-2 py-1 text-[0.8125rem] whitespace-normal [&_svg]:size-4 [&_svg]:shrink-0",
              className,
            )}
          >
            <Icon aria-hidden="true" />
            {text}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
