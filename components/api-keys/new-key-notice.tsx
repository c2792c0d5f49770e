"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The only time a key is visible: after creation, until the admin closes this. */
export function NewKeyNotice({ name, apiKey, onDone }: { name: string; apiKey: string; onDone: () => void }) {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <section
      role="status"
      aria-labelledby="new-key-title"
      className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4"
    >
      <h3 id="new-key-title" className="text-sm font-semibold text-brand-700">
        API key for {name}
      </h3>
      <p className="text-sm text-stone-700">
        Copy it now and store it in the source system. It is not shown again; only its hash is kept.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          aria-label="The new key"
          value={apiKey}
          onFocus={(event) => event.currentTarget.select()}
          className="h-10 min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 font-mono text-sm"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={() => void navigator.clipboard?.writeText(apiKey).then(() => setIsCopied(true))}
        >
          {isCopied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {isCopied ? "Copied" : "Copy"}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
    </section>
  );
}
