"use client";

import { Search } from "lucide-react";
import { Dialog } from "radix-ui";
import { useSyncExternalStore } from "react";
import { searchCopy } from "./search-copy";

const neverChanges = () => () => {};

function isApple(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform;
  return /mac|iphone|ipad/i.test(platform);
}

/** "⌘K" on Apple devices, "Ctrl K" elsewhere; known only in the browser, so the server renders none. */
function useShortcutLabel(): string | null {
  return useSyncExternalStore(
    neverChanges,
    () => (isApple() ? "⌘K" : "Ctrl K"),
    () => null,
  );
}

/**
 * The top bar's button for mouse and touch users; the same palette opens with the shortcut. Compact
 * (icon and shortcut) below 1280 px when the top bar is full of links, so it still fits 1024 px.
 */
export function SearchTrigger({ isCompact = false }: { isCompact?: boolean }) {
  const shortcut = useShortcutLabel();
  return (
    <Dialog.Trigger
      aria-keyshortcuts="Meta+K Control+K"
      className="flex h-9 items-center gap-2 rounded-md border border-stone-300 bg-white px-3 text-sm text-stone-600 shadow-sm transition-colors hover:bg-stone-50 hover:text-stone-900"
    >
      <Search aria-hidden="true" className="size-4" />
      <span className={isCompact ? "max-xl:sr-only" : undefined}>
        {searchCopy.trigger}
        <span className="max-xl:sr-only">{searchCopy.triggerHidden}</span>
      </span>
      {shortcut ? (
        <kbd
          aria-hidden="true"
          className="rounded border border-stone-200 bg-stone-50 px-1.5 font-sans text-xs whitespace-nowrap text-stone-500"
        >
          {shortcut}
        </kbd>
      ) : null}
    </Dialog.Trigger>
  );
}
