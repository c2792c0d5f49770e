import type { MergePreview, MergeSide } from "@/lib/identity/preview-merge";
import { formatDate } from "@/lib/format/dates";

const COUNTS: [keyof MergeSide["_count"], string][] = [
  ["events", "events"],
  ["bookings", "bookings"],
  ["orders", "orders"],
  ["serviceCases", "service cases"],
  ["consents", "consent changes"],
  ["facts", "facts"],
];

function Side({ side, role }: { side: MergeSide; role: string }) {
  return (
    <section
      aria-label={`${role}: ${side.name}`}
      className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
    >
      <p className="text-xs font-semibold tracking-wide text-stone-500 uppercase">{role}</p>
      <h4 className="font-semibold text-stone-900">{side.name}</h4>
      <p className="text-xs text-stone-500">
        Customer since {formatDate(side.firstSeenAt)} · {side.id}
      </p>
      <ul className="space-y-0.5 text-sm text-stone-700" aria-label="Identifiers">
        {side.identities.map((identity) => (
          <li key={`${identity.type}:${identity.value}`}>
            <span className="text-stone-500">{identity.type.replace(/_/g, " ")}:</span> {identity.value}
          </li>
        ))}
      </ul>
      <p className="text-sm text-stone-700">
        {COUNTS.map(([key, label]) => `${side._count[key]} ${label}`).join(" · ")}
      </p>
    </section>
  );
}

/** What will happen, in plain words, before a reviewer confirms a merge. */
export function MergePreviewPanel({ preview }: { preview: MergePreview }) {
  const { survivor, merged, filledFromMerged } = preview;
  return (
    <div className="space-y-3">
      <div className="grid gap-3 md:grid-cols-2">
        <Side side={survivor} role="Keeps" />
        <Side side={merged} role="Merged into it" />
      </div>
      <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
        <li>
          All {merged._count.events} events, {merged._count.bookings} bookings, {merged._count.orders} orders,{" "}
          {merged._count.serviceCases} cases, {merged._count.consents} consent changes and{" "}
          {merged._count.facts} facts of {merged.name} move to {survivor.name}.
        </li>
        <li>
          {merged.name}&apos;s identifiers keep working and now find {survivor.name}.
        </li>
        {filledFromMerged.length ? (
          <li>
            Empty fields filled from {merged.name}: {filledFromMerged.join(", ")}.
          </li>
        ) : null}
        <li>
          An admin can undo the merge from the merge history; both customers then return exactly as they are
          now.
        </li>
      </ul>
    </div>
  );
}
