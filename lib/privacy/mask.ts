// Masks personal data for roles without customer.viewPersonalData. Runs on the server, so the
// unmasked value never reaches the browser.

/** "anne.devries@gmail.nl" → "a***@g***.nl" */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  const dot = domain.lastIndexOf(".");
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : "";
  return `${local.slice(0, 1)}***@${host.slice(0, 1)}***${tld}`;
}

/** "+31612345678" → "+31 6 ** ** ** 78"; keeps country code, first digit and last two digits. */
export function maskPhone(e164: string): string {
  const match = /^\+(\d{1,3}?)(\d)(\d+)$/.exec(e164.replace(/[^\d+]/g, ""));
  if (!match) return "***";
  const [, country = "", first = "", rest = ""] = match;
  const country2 = e164.startsWith("+31") ? "31" : country;
  const digits = e164.startsWith("+31") ? e164.slice(3) : `${first}${rest}`;
  const head = digits.slice(0, 1);
  const tail = digits.slice(-2);
  const hiddenGroups = Math.max(1, Math.ceil((digits.length - 3) / 2));
  return `+${country2} ${head} ${Array.from({ length: hiddenGroups }, () => "**").join(" ")} ${tail}`;
}

export function maskIdentifier(type: string, value: string): string {
  if (type === "email") return maskEmail(value);
  if (type === "phone") return maskPhone(value);
  return value.length <= 4
    ? "****"
    : `${value.slice(0, 2)}${"*".repeat(Math.min(6, value.length - 4))}${value.slice(-2)}`;
}

/** "Anne de Vries" → "A. d. V.": enough to tell entries apart, not to identify the person. */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${Array.from(word)[0] ?? ""}.`)
    .join(" ");
}
