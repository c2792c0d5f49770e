import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return (
    <input
      type={type}
      className={cn(
        "h-10 w-full min-w-0 rounded-md border border-stone-300 bg-white px-3 text-base text-stone-900 shadow-sm placeholder:text-stone-400",
        "focus:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
        "disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-red-600",
        className,
      )}
      {...props}
    />
  );
}
