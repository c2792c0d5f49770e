import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** The shape of a board while its first data loads: header, toolbar and a few rows. */
export function BoardSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion label={label} className="space-y-4">
      <Skeleton className="h-8 w-full max-w-72" />
      <Skeleton className="h-4 w-full max-w-96" />
      <div className="flex flex-wrap items-center gap-3 py-2 lg:h-16 lg:flex-nowrap lg:py-0">
        <Skeleton className="h-11 w-full max-w-80" />
        <Skeleton className="h-11 flex-1 basis-full sm:basis-56" />
        <Skeleton className="h-4 w-32" />
      </div>
      <div className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className="h-12 w-full" />
        ))}
      </div>
    </LoadingRegion>
  );
}
