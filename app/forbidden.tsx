import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-medium text-stone-500">403</p>
      <h1 className="text-xl font-semibold text-stone-900">Not available for your role</h1>
      <p className="text-sm text-stone-600">
        Your account doesn&apos;t include this page. Ask an admin if you need it for your work.
      </p>
      <Link href="/" className="text-sm font-medium text-brand-700 underline underline-offset-4">
        Go to your start page
      </Link>
    </main>
  );
}
