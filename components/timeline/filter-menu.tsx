"use client";

import { Check, ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export type FilterOption = { value: string; label: string };
type FilterMenuProps = {
  label: string;
  groups: { label?: string; options: FilterOption[] }[];
  selected: string[];
  onChange: (selected: string[]) => void;
};

/** A multi-select as a menu of checkbox items: keyboard-friendly, and it stays open while ticking. */
export function FilterMenu({ label, groups, selected, onChange }: FilterMenuProps) {
  const toggle = (value: string, isChecked: boolean) =>
    onChange(isChecked ? [...selected, value] : selected.filter((item) => item !== value));
  const t = useTranslations("timeline");
  const summary = selected.length === 0 ? t("allSelected") : t("selected", { count: selected.length });

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className={cn(
          buttonVariants({ variant: "secondary" }),
          "h-11",
          selected.length > 0 && "border-brand-600 bg-brand-50 text-brand-700",
        )}
      >
        <span>
          {label}: <span className="font-semibold">{summary}</span>
        </span>
        <ChevronDown aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          className="z-40 max-h-[min(24rem,var(--radix-dropdown-menu-content-available-height))] min-w-56 overflow-y-auto rounded-lg border border-stone-200 bg-white p-1 shadow-lg"
        >
          {groups.map((group, index) => (
            <DropdownMenu.Group key={group.label ?? index}>
              {group.label ? (
                <DropdownMenu.Label className="px-2 pt-2 pb-1 text-xs font-semibold tracking-wide text-stone-600 uppercase">
                  {group.label}
                </DropdownMenu.Label>
              ) : null}
              {group.options.map((option) => (
                <DropdownMenu.CheckboxItem
                  key={option.value}
                  checked={selected.includes(option.value)}
                  onCheckedChange={(isChecked) => toggle(option.value, isChecked)}
                  onSelect={(event) => event.preventDefault()}
                  className="flex min-h-11 cursor-default items-center gap-2 rounded-md px-2 py-1.5 text-sm text-stone-800 outline-none select-none data-[highlighted]:bg-brand-50 data-[highlighted]:text-brand-700"
                >
                  <span className="flex size-4 items-center justify-center rounded border border-stone-400 bg-white">
                    <DropdownMenu.ItemIndicator>
                      <Check aria-hidden="true" className="size-3.5 text-brand-700" strokeWidth={3} />
                    </DropdownMenu.ItemIndicator>
                  </span>
                  {option.label}
                </DropdownMenu.CheckboxItem>
              ))}
            </DropdownMenu.Group>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
