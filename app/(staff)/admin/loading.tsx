import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function AdminLoading() {
  return (
    <LoadingRegion label="Loading the admin page" className="space-y-6">
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-10 w-full" />
      <Skeleton className="h-64 w-full" />
    </LoadingRegion>
  );
}
