"use client";

import { useCallback, useEffect, useState } from "react";

/** A message that clears itself after `ms`, for confirmations nobody needs to dismiss. */
export function useFadingMessage(ms = 6_000): [string | null, (message: string) => void] {
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), ms);
    return () => clearTimeout(timer);
  }, [message, ms]);
  const show = useCallback((text: string) => setMessage({ text, at: Date.now() }), []);
  return [message?.text ?? null, show];
}
