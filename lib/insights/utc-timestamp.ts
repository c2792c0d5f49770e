// OutboundContact timestamps are stored as UTC without a zone. Comparing with zone-less text keeps
// the session's time zone out of the comparison.
export function utcTimestamp(date: Date): string {
  return date.toISOString().slice(0, 23).replace("T", " ");
}
