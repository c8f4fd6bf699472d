import { randomBytes } from 'node:crypto';

/** An error the person who acted should see as it is, in plain words. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotAnAgentError extends UserFacingError {
  constructor(action: string) {
    super(`Only support agents (members of the triage channel) can ${action}.`);
  }
}

export class InvalidInputError extends UserFacingError {}

export class NotFoundError extends UserFacingError {}

/** A short id shown to the user and logged with the error, so support can find the one from the other. */
export function correlationId(): string {
  return randomBytes(4).toString('hex');
}

export function unexpectedErrorMessage(id: string): string {
  return `Something went wrong on our side and nothing was changed. If it keeps happening, quote reference ${id}.`;
}

/** Work that cannot happen yet (something it depends on is still queued); the outbox retries it shortly. */
export class RetryLaterError extends Error {}
