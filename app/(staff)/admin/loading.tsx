import { useTranslations } from "next-intl";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function AdminLoading() {
  const t = useTranslations("admin");
  return (
    <LoadingRegion label={t("loading")} className="space-y-6">
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-11 w-full" />
      <Skeleton className="h-64 w-full" />
    </LoadingRegion>
  );
}
