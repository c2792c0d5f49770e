import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

export function DocsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card id={id} className="scroll-mt-6">
      <CardHeader>
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm leading-6 break-words text-stone-700 [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_code]:text-xs">
        {children}
      </CardContent>
    </Card>
  );
}

/** A code sample: it scrolls sideways inside itself, so it takes focus for keyboard scrolling. */
export function CodeBlock({ children, label }: { children: string; label: string }) {
  return (
    <pre
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-lg bg-stone-900 p-4 text-xs leading-5 text-stone-100"
    >
      <code className="!bg-transparent !p-0">{children}</code>
    </pre>
  );
}
