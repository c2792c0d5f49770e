"use client";

import { Button } from "@/components/ui/button";

/** The only time recovery codes are visible: right after they are made, until the user closes this. */
export function RecoveryCodesNotice({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <section
      role="status"
      aria-labelledby="recovery-codes-title"
      className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4"
    >
      <h3 id="recovery-codes-title" className="text-sm font-semibold text-brand-700">
        Your recovery codes
      </h3>
      <p className="text-sm text-stone-700">
        Keep them somewhere safe, apart from your phone or security key. Each works once, when you have no
        other way to confirm it&apos;s you. They are not shown again; only their hashes are kept.
      </p>
      <ol aria-label="Recovery codes" className="grid grid-cols-2 gap-1 font-mono text-sm text-stone-900">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <Button type="button" variant="ghost" onClick={onDone}>
        I have saved them
      </Button>
    </section>
  );
}
