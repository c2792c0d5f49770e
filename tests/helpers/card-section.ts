/** A greeting-card section's data, failing the test when the section itself failed to load. */
export function ok<T>(section: { ok: true; data: T } | { ok: false } | undefined): T {
  if (!section?.ok) throw new Error("section failed to load");
  return section.data;
}
