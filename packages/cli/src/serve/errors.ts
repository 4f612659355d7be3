/**
 * Errors a seminar server answers with: a stable code, an HTTP status and one line naming the
 * problem and the fix. Clients show the message; tests assert the code.
 */
export const SERVE_ERROR_STATUS = {
  /** The body is not JSON, or not the shape the endpoint takes. */
  E_BAD_REQUEST: 400,
  /** No join code, or a code the server did not hand out. */
  E_UNAUTHORIZED: 401,
  /** The code is valid but its role may not do this (a team acting for another team's actor). */
  E_FORBIDDEN: 403,
  E_NOT_FOUND: 404,
  /** The client acted on an older state of the session: it must refresh first. */
  E_STALE: 409,
  E_TOO_LARGE: 413,
  /** The session refused the action (a decision is pending, the run is over, an unknown option, a bad inject…). */
  E_REFUSED: 422,
} as const;

export type ServeErrorCode = keyof typeof SERVE_ERROR_STATUS;

export class ServeError extends Error {
  readonly status: number;
  constructor(readonly code: ServeErrorCode, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ServeError';
    this.status = SERVE_ERROR_STATUS[code];
  }
}
