import { useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  const t = useTranslations("privacy");
  return (
    <LoadingRegion label={t("loading")} className="space-y-6">
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-11 w-full" />
      <Skeleton className="h-96 w-full" />
      <Skeleton className="h-48 w-full" />
    </LoadingRegion>
  );
}
