"use client";

import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useSyncExternalStore } from "react";

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
 * The top bar's search button for mouse and touch users; the same palette opens with the shortcut.
 * A 44 px magnifier below 1024 px, "Search" from 1024 px, and the shortcut hint from 1280 px.
 */
export function SearchTrigger() {
  const t = useTranslations("search.trigger");
  const shortcut = useShortcutLabel();
  return (
    <Dialog.Trigger
      aria-label={t("label")}
      aria-keyshortcuts="Meta+K Control+K"
      className="flex size-11 shrink-0 items-center justify-center gap-2 rounded-md border border-stone-300 bg-white text-sm text-stone-700 shadow-sm transition-colors hover:bg-stone-50 hover:text-stone-900 lg:w-auto lg:px-3"
    >
      <Search aria-hidden="true" className="size-5 lg:size-4" />
      <span className="max-lg:hidden">{t("text")}</span>
      {shortcut ? (
        <kbd
          aria-hidden="true"
          className="rounded border border-stone-200 bg-stone-50 px-1.5 font-sans text-xs whitespace-nowrap text-stone-600 max-xl:hidden"
        >
          {shortcut}
        </kbd>
      ) : null}
    </Dialog.Trigger>
  );
}
