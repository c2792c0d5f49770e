import { useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export function ContactPressureSkeleton() {
  const t = useTranslations("contactPressure");
  return (
    <LoadingRegion label={t("loading")} className="space-y-1.5">
      <Skeleton className="h-3 w-full max-w-64" />
      <Skeleton className="h-3 w-full max-w-80" />
      <Skeleton className="h-3 w-full max-w-56" />
    </LoadingRegion>
  );
}
