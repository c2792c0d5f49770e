/**
 * A board request the server answered with an error. `message` is the server's own sentence, already
 * in the staff member's language; it is empty when the answer carried none.
 */
export class BoardRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "BoardRequestError";
  }
}

/** GETs a board from its JSON API; an error carries the server's sentence so the board can show it. */
export async function fetchBoard<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" }, cache: "no-store" });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new BoardRequestError(body?.error ?? "", response.status);
  }
  return (await response.json()) as T;
}
