"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import type { ReactNode, RefObject } from "react";

type JournalDialogProps = {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  description: string;
  /** The button that opened the dialog: focus goes back to it when the dialog closes. */
  returnFocusTo: RefObject<HTMLElement | null>;
  children: ReactNode;
};

/** A small modal over the card: focus moves in, Escape closes, focus returns to the opening button. */
export function JournalDialog({
  isOpen,
  onOpenChange,
  title,
  description,
  returnFocusTo,
  children,
}: JournalDialogProps) {
  const t = useTranslations("common.actions");
  return (
    <Dialog.Root open={isOpen} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-stone-900/30" />
        <Dialog.Content
          onCloseAutoFocus={(event) => {
            const opener = returnFocusTo.current;
            if (opener?.isConnected) {
              event.preventDefault();
              opener.focus();
            }
          }}
          className="fixed top-1/2 left-1/2 z-50 max-h-[90dvh] w-[min(32rem,calc(100vw-1.5rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl border border-stone-200 bg-white p-4 shadow-xl focus:outline-none sm:p-5"
        >
          <div className="mb-4 flex items-start justify-between gap-3">
            <div className="min-w-0 space-y-1">
              <Dialog.Title className="text-lg font-semibold text-stone-900">{title}</Dialog.Title>
              <Dialog.Description className="text-sm text-stone-700">{description}</Dialog.Description>
            </div>
            <Dialog.Close
              aria-label={t("close")}
              className="-mt-2 -mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-md text-stone-600 hover:bg-stone-100 hover:text-stone-800"
            >
              <X aria-hidden="true" className="size-5" />
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
