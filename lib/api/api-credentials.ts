// The API key from "Authorization: Bearer <key>" or, as Segment's SDKs send it, HTTP Basic with the
// key as user name and an empty password. Cookies are never read: a staff session can't call the API.
export function apiKeyFromAuthorization(header: string | null): string | null {
  if (!header) return null;
  const [scheme = "", ...rest] = header.trim().split(/\s+/);
  const credentials = rest.join(" ");
  if (!credentials) return null;
  if (/^bearer$/i.test(scheme)) return credentials.length <= 200 ? credentials : null;
  if (/^basic$/i.test(scheme)) {
    if (credentials.length > 400 || !/^[A-Za-z0-9+/=_-]+$/.test(credentials)) return null;
    const decoded = Buffer.from(credentials, "base64").toString("utf8");
    const user = decoded.includes(":") ? decoded.slice(0, decoded.indexOf(":")) : decoded;
    return user || null;
  }
  return null;
}
