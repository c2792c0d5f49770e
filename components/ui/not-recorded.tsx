/** A quiet dash where a value is missing, read out in words by screen readers. */
export function NotRecorded({ label = "Not recorded" }: { label?: string }) {
  return (
    <>
      <span aria-hidden="true" className="text-stone-400">
        —
      </span>
      <span className="sr-only">{label}</span>
    </>
  );
}
