import type { Ticket } from '../../db/schema/index.js';
import { IDS } from '../../ids.js';
import type { ResolveField } from '../../services/resolution.js';

/** Where each field of the resolve windows is, so an error about it shows under it. */
export const RESOLVE_BLOCKS: Record<ResolveField, string> = {
  side: IDS.blocks.side,
  rootCause: IDS.blocks.rootCause,
  fix: IDS.blocks.fix,
  closingNote: IDS.blocks.closingNote,
};

/** Shown under a field of the window: plain text there, so no mention; the card says who resolved it. */
export function alreadyResolved(ticket: Ticket): string {
  return `Ticket #${ticket.id} was already resolved (the card shows by whom); nothing was changed or sent.`;
}
