import { useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export function ContactPressureSkeleton() {
  const t = useTranslations("insights.pressure");
  return (
    <LoadingRegion label={t("loading")} className="space-y-4">
      <Skeleton className="h-6 w-48" />
      <div className="grid gap-4 sm:grid-cols-3">
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
      </div>
      <Skeleton className="h-72 w-full" />
      <div className="grid gap-4 md:grid-cols-2">
        <Skeleton className="h-48" />
        <Skeleton className="h-48" />
      </div>
    </LoadingRegion>
  );
}
