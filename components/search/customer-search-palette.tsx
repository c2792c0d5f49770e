"use client";

import { Command } from "cmdk";
import { LoaderCircle, Search, Users, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Dialog, VisuallyHidden } from "radix-ui";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { SearchHit } from "./search-hit";
import { SearchStatus } from "./search-status";
import { SearchTrigger } from "./search-trigger";
import { useCustomerSearchQuery } from "./use-customer-search-query";

const ALL_RESULTS = "__all-results";
const KEYBOARD_HELP = [
  ["↑ ↓", "move"],
  ["Enter", "open"],
  ["Esc", "close"],
] as const;

/**
 * The command palette: ⌘K / Ctrl-K or the top bar's button, on every signed-in page. Arrow keys move
 * through the results, Enter opens the customer's card, Esc closes and puts focus back on the button.
 */
export function CustomerSearchPalette() {
  const t = useTranslations("search");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [input, setInput] = useState("");
  // Opening a customer hands focus to the page that opens (its heading), not back to the button.
  const isNavigating = useRef(false);
  const search = useCustomerSearchQuery(isOpen ? input : "");

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.altKey) {
        event.preventDefault();
        setIsOpen((open) => !open);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  function go(href: string) {
    isNavigating.current = true;
    setIsOpen(false);
    router.push(href);
  }

  const result = search.isEnabled ? search.data : undefined;
  const hits = result?.hits ?? [];
  const isUpdating = search.isEnabled && (search.isDebouncing || search.isFetching);
  const now = new Date();

  return (
    <Dialog.Root open={isOpen} onOpenChange={setIsOpen}>
      <SearchTrigger />
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40 backdrop-blur-[1px]" />
        <Dialog.Content
          className="fixed top-4 left-1/2 z-50 w-[min(42rem,calc(100vw-1.5rem))] -translate-x-1/2 overflow-hidden rounded-xl bg-white shadow-2xl ring-1 ring-stone-900/10 focus:outline-none sm:top-[10vh]"
          onCloseAutoFocus={(event) => {
            setInput("");
            if (isNavigating.current) event.preventDefault();
            isNavigating.current = false;
          }}
        >
          <VisuallyHidden.Root>
            <Dialog.Title>{t("dialog.title")}</Dialog.Title>
            <Dialog.Description>{t("dialog.description")}</Dialog.Description>
          </VisuallyHidden.Root>
          {/* cmdk labels its combobox through this hidden label. */}
          <Command label={t("inputLabel")} shouldFilter={false} loop className="flex flex-col">
            <div className="flex items-center gap-2 border-b border-stone-200 pr-2 pl-4">
              <Search aria-hidden="true" className="size-5 shrink-0 text-stone-500" />
              <Command.Input
                value={input}
                onValueChange={setInput}
                placeholder={t("placeholder")}
                maxLength={200}
                className="h-14 w-full min-w-0 bg-transparent text-lg text-stone-900 placeholder:text-stone-500 focus:outline-none"
              />
              {isUpdating ? (
                <LoaderCircle aria-hidden="true" className="size-5 shrink-0 animate-spin text-brand-600" />
              ) : null}
              {/* Touch screens have no Esc key. */}
              <Dialog.Close
                aria-label={tCommon("actions.close")}
                className="flex size-11 shrink-0 items-center justify-center rounded-md text-stone-600 hover:bg-stone-100 hover:text-stone-900"
              >
                <X aria-hidden="true" className="size-5" />
              </Dialog.Close>
            </div>
            <Command.List
              label={t("resultsLabel")}
              aria-busy={isUpdating}
              className="max-h-[min(28rem,calc(100dvh-9rem))] overflow-y-auto overscroll-contain p-2"
            >
              <SearchStatus search={search} result={result} />
              {hits.length > 0 ? (
                <Command.Group
                  heading={t("resultsHeading")}
                  className="[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:py-1.5 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:tracking-wide [&_[cmdk-group-heading]]:text-stone-600 [&_[cmdk-group-heading]]:uppercase"
                >
                  {hits.map((hit) => (
                    <Command.Item
                      key={hit.id}
                      value={hit.id}
                      onSelect={() => go(`/customers/${hit.id}`)}
                      className="flex min-h-11 cursor-pointer items-center rounded-lg px-3 py-2.5 data-[selected=true]:bg-brand-50 data-[selected=true]:ring-1 data-[selected=true]:ring-brand-100"
                    >
                      <SearchHit hit={hit} now={now} />
                    </Command.Item>
                  ))}
                  <Command.Item
                    value={ALL_RESULTS}
                    onSelect={() => go(`/customers?${new URLSearchParams({ q: search.q })}`)}
                    className="mt-1 flex min-h-11 cursor-pointer items-center gap-2 rounded-lg px-3 py-2 text-sm text-brand-700 data-[selected=true]:bg-brand-50"
                  >
                    <Users aria-hidden="true" className="size-4 shrink-0" />
                    {t("showAll", { query: search.q })}
                  </Command.Item>
                </Command.Group>
              ) : null}
            </Command.List>
            <footer
              className={cn(
                "flex items-center justify-between gap-3 border-t border-stone-200 bg-stone-50 px-4 py-2 text-xs text-stone-600",
                // Below 1024 px the keyboard help goes, and the footer with it unless there is more to say.
                !result?.hasMore && "max-lg:hidden",
              )}
            >
              {result?.hasMore ? <span>{t("hasMore")}</span> : <span />}
              <span className="flex shrink-0 items-center gap-3 max-lg:hidden" aria-hidden="true">
                {KEYBOARD_HELP.map(([key, action]) => (
                  <span key={key}>
                    <kbd className="rounded border border-stone-300 bg-white px-1 font-sans">{key}</kbd>{" "}
                    {t(`keys.${action}`)}
                  </span>
                ))}
              </span>
            </footer>
          </Command>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
