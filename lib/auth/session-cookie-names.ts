// next-auth's session cookie: the __Secure- name over https, the plain one otherwise. The token is
// far under next-auth's 4 kB chunking size (it only carries the StaffSession id), so it is one cookie.
export const SECURE_SESSION_COOKIE = "__Secure-next-auth.session-token";
export const PLAIN_SESSION_COOKIE = "next-auth.session-token";
export const SESSION_COOKIE_NAMES = [SECURE_SESSION_COOKIE, PLAIN_SESSION_COOKIE] as const;

/**
 * Whether session cookies are the secure kind: exactly when the app's public URL is https. next-auth
 * is told the same (authOptions.useSecureCookies), so it writes, refreshes and clears the one cookie
 * that requests are read by; a cookie under the other name is never a session.
 */
export function usesSecureCookies(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith("https://") ?? false;
}

export function sessionCookieName(publicUrl: string | undefined): string {
  return usesSecureCookies(publicUrl) ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE;
}
