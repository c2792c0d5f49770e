import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** Placeholder rows in the timeline's shape: a day heading, then alternating inbound and outbound. */
export function TimelineSkeleton({ label, rows = 5 }: { label: string; rows?: number }) {
  return (
    <LoadingRegion label={label} className="space-y-2.5">
      <Skeleton className="h-5 w-48" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className={index % 3 === 2 ? "ml-auto h-16 w-[85%]" : "mr-auto h-16 w-[85%]"} />
      ))}
    </LoadingRegion>
  );
}
