// Lets a plain Node process load lib/ code: `server-only` resolves to its empty build, as under Next.
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {}", shortCircuit: true };
  return next(specifier, context);
}
