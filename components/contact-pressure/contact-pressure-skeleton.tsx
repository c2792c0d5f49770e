import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export function ContactPressureSkeleton() {
  return (
    <LoadingRegion label="Loading contact pressure" className="space-y-1.5">
      <Skeleton className="h-3 w-64" />
      <Skeleton className="h-3 w-80" />
      <Skeleton className="h-3 w-56" />
    </LoadingRegion>
  );
}
