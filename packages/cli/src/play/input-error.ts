/**
 * Something typed at the play prompt (or a session file) that cannot be used: an unknown command,
 * an option the decision does not have, bad YAML. Shown as one line; the session goes on unchanged.
 */
export class PlayInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlayInputError';
  }
}
