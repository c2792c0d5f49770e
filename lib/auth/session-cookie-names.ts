// next-auth's session cookie: the __Secure- name over https, the plain one otherwise. The token is
// far under next-auth's 4 kB chunking size (it only carries the StaffSession id), so it is one cookie.
export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
