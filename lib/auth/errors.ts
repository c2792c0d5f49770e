// Known failures that route handlers and pages turn into 401 / 403 / 404 / 400.

export class UnauthorizedError extends Error {
  readonly status = 401;
  constructor(message = "Sign in to continue.") {
    super(message);
  }
}

/** Why a signed-in user on a temporary password is refused everything but the password change. */
export const PASSWORD_CHANGE_FIRST = "Choose a new password first: your current one is temporary.";

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = "Your role does not allow this.") {
    super(message);
  }
}

/** Also used for records outside the actor's scope, so their existence is never revealed. */
export class NotFoundError extends Error {
  readonly status = 404;
  constructor(message = "Not found.") {
    super(message);
  }
}

export class ValidationError extends Error {
  readonly status = 400;
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}
