// Shared by the client forms and the server, so they agree on the limits.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
