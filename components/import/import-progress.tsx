import { cn } from "@/components/ui/cn";

const number = new Intl.NumberFormat("en");

/** A real progress bar: bytes of the file the server has read, against the file's size. */
export function ImportProgress({
  percent,
  rows,
  rowsPerSecond,
  isDone,
}: {
  percent: number;
  rows: number;
  rowsPerSecond: number;
  isDone: boolean;
}) {
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  return (
    <div className="space-y-2">
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium text-stone-900">{isDone ? "Import finished" : "Importing…"}</span>
        <span className="tabular-nums text-stone-600">
          {value} % · {number.format(rows)} rows · {number.format(rowsPerSecond)} rows/s
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value} %, ${number.format(rows)} rows`}
        className="h-2.5 w-full overflow-hidden rounded-full bg-stone-100"
      >
        <div
          className={cn(
            "h-full rounded-full bg-brand-600 transition-[width] duration-300",
            isDone && "bg-brand-700",
          )}
          style={{ width: `${value}%` }}
        />
      </div>
    </div>
  );
}
