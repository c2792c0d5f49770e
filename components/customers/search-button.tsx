"use client";

import { LoaderCircle } from "lucide-react";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** The search form's submit button; it spins while next/form navigates to the results. */
export function SearchButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="lg" aria-disabled={pending}>
      {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
      Search
    </Button>
  );
}
