"use client";

import { Command } from "cmdk";
import { LoaderCircle, Search, Users } from "lucide-react";
import { useRouter } from "next/navigation";
import { Dialog, VisuallyHidden } from "radix-ui";
import { useEffect, useState } from "react";
import { SearchHit } from "./search-hit";
import { searchCopy } from "./search-copy";
import { SearchStatus } from "./search-status";
import { SearchTrigger } from "./search-trigger";
import { useCustomerSearchQuery } from "./use-customer-search-query";

const ALL_RESULTS = "__all-results";

/**
 * The command palette: ⌘K / Ctrl-K or the top bar's button, on every signed-in page. Arrow keys move
 * through the results, Enter opens the customer's card, Esc closes and puts focus back.
 */
export function CustomerSearchPalette({ isCompact = false }: { isCompact?: boolean }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [input, setInput] = useState("");
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
    setIsOpen(false);
    router.push(href);
  }

  const result = search.isEnabled ? search.data : undefined;
  const hits = result?.hits ?? [];
  const isUpdating = search.isEnabled && (search.isDebouncing || search.isFetching);
  const now = new Date();

  return (
    <Dialog.Root open={isOpen} onOpenChange={setIsOpen}>
      <SearchTrigger isCompact={isCompact} />
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/40 backdrop-blur-[1px]" />
        <Dialog.Content
          className="fixed top-[10vh] left-1/2 z-50 w-[min(42rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-xl bg-white shadow-2xl ring-1 ring-stone-900/10 focus:outline-none"
          onCloseAutoFocus={() => setInput("")}
        >
          <VisuallyHidden.Root>
            <Dialog.Title>{searchCopy.dialogTitle}</Dialog.Title>
            <Dialog.Description>{searchCopy.dialogDescription}</Dialog.Description>
          </VisuallyHidden.Root>
          {/* cmdk labels its combobox through this hidden label. */}
          <Command label={searchCopy.inputLabel} shouldFilter={false} loop className="flex flex-col">
            <div className="flex items-center gap-3 border-b border-stone-200 px-4">
              <Search aria-hidden="true" className="size-5 shrink-0 text-stone-400" />
              <Command.Input
                value={input}
                onValueChange={setInput}
                placeholder={searchCopy.placeholder}
                maxLength={200}
                className="h-14 w-full bg-transparent text-lg text-stone-900 placeholder:text-stone-400 focus:outline-none"
              />
              {isUpdating ? (
                <LoaderCircle aria-hidden="true" className="size-5 shrink-0 animate-spin text-brand-600" />
              ) : null}
            </div>
            <Command.List
              label={searchCopy.resultsLabel}
              aria-busy={isUpdating}
              className="max-h-[min(28rem,60vh)] overflow-y-auto overscroll-contain p-2"
            >
              <SearchStatus search={search} result={result} />
              {hits.length > 0 ? (
                <Command.Group
                  heading={searchCopy.resultsHeading}
                  className="[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:py-1.5 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:tracking-wide [&_[cmdk-group-heading]]:text-stone-500 [&_[cmdk-group-heading]]:uppercase"
                >
                  {hits.map((hit) => (
                    <Command.Item
                      key={hit.id}
                      value={hit.id}
                      onSelect={() => go(`/customers/${hit.id}`)}
                      className="flex cursor-pointer items-center rounded-lg px-3 py-2.5 data-[selected=true]:bg-brand-50 data-[selected=true]:ring-1 data-[selected=true]:ring-brand-100"
                    >
                      <SearchHit hit={hit} now={now} />
                    </Command.Item>
                  ))}
                  <Command.Item
                    value={ALL_RESULTS}
                    onSelect={() => go(`/customers?${new URLSearchParams({ q: search.q })}`)}
                    className="mt-1 flex cursor-pointer items-center gap-2 rounded-lg px-3 py-2 text-sm text-brand-700 data-[selected=true]:bg-brand-50"
                  >
                    <Users aria-hidden="true" className="size-4" />
                    {searchCopy.showAll(search.q)}
                  </Command.Item>
                </Command.Group>
              ) : null}
            </Command.List>
            <footer className="flex items-center justify-between gap-3 border-t border-stone-200 bg-stone-50 px-4 py-2 text-xs text-stone-500">
              <span>{result?.hasMore ? searchCopy.hasMore : null}</span>
              <span className="flex shrink-0 items-center gap-3" aria-hidden="true">
                {searchCopy.keyboardHelp.map(([key, action]) => (
                  <span key={key}>
                    <kbd className="rounded border border-stone-300 bg-white px-1 font-sans">{key}</kbd>{" "}
                    {action}
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
