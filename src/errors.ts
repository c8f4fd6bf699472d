import { randomBytes } from 'node:crypto';

/**
 * An error the person who acted should see as it is, in plain words. `field` names the input it is
 * about (a service's parameter name, e.g. "businessHours"), so a form can show it in the right place
 * without reading the message.
 */
export class UserFacingError extends Error {
  readonly field?: string;

  constructor(message: string, options: { field?: string } = {}) {
    super(message);
    this.name = new.target.name;
    this.field = options.field;
  }
}

export class NotAnAgentError extends UserFacingError {
  constructor(action: string) {
    super(`Only support agents (members of the triage channel) can ${action}.`);
  }
}

/** Input the person can fix; `field` says which one when the input is a form. */
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

/** The person may not do this here (not their ticket, not the card it was clicked on); nothing was changed. */
export class NotAllowedError extends UserFacingError {}
