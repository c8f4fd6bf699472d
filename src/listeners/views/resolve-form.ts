import { IDS } from '../../ids.js';
import type { ServiceDeps } from '../../services/deps.js';
import type { ResolveField, ResolveOutcome } from '../../services/resolution.js';
import { closingNoteModal } from '../../views/resolve-modal.js';
import type { Tell } from '../boundary.js';
import type { ViewArgs } from './form.js';

/** Where each field of the resolve windows is, so an error about it shows under it. */
export const RESOLVE_BLOCKS: Record<ResolveField, string> = {
  side: IDS.blocks.side,
  rootCause: IDS.blocks.rootCause,
  fix: IDS.blocks.fix,
  closingNote: IDS.blocks.closingNote,
};

/** Shown under a field of the window: plain text there, so no mention; the card says who resolved it. */
export function alreadyResolved(ticket: { id: number }): string {
  return `Ticket #${ticket.id} was already resolved (the card shows by whom); nothing was changed or sent.`;
}

/** Answers either resolve window's submit: the note window when a note waits for the agent, else it closes. */
export async function answerResolve(
  args: { ack: ViewArgs['ack']; tell: Tell; deps: ServiceDeps; ticketId: number },
  outcome: ResolveOutcome,
): Promise<void> {
  if (outcome.kind === 'review_note' || outcome.kind === 'needs_confirmation') {
    const next = closingNoteModal({
      ticketId: args.ticketId,
      resolution: outcome.resolution,
      note: outcome.note,
      customerLanguage: outcome.ticket.language,
      language: args.deps.config.agentLanguage,
      findings: outcome.findings,
    });
    await args.ack({ response_action: 'update', view: next });
  } else if (outcome.kind === 'already_resolved') {
    await args.tell(alreadyResolved(outcome.ticket));
  } else {
    await args.ack();
  }
}
