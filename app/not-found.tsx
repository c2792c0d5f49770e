import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-medium text-stone-500">404</p>
      <h1 className="text-xl font-semibold text-stone-900">Page not found</h1>
      <p className="text-sm text-stone-600">This address doesn&apos;t lead anywhere in Gastvrij.</p>
      <Link href="/" className="text-sm font-medium text-brand-700 underline underline-offset-4">
        Go to your start page
      </Link>
    </main>
  );
}
