import type { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import { IDS } from '../../ids.js';
import type { ViewArgs } from './form.js';

/** Where each field of a known-problem form is, for errors shown under it. */
export const PROBLEM_FIELDS: Record<string, string> = {
  problemId: IDS.blocks.problemPick,
  title: IDS.blocks.problemTitle,
  cause: IDS.blocks.problemCause,
  fix: IDS.blocks.problemFix,
};

export function readProblemForm(view: ViewArgs['view']): {
  problemId?: number;
  title?: string;
  cause?: string;
  fix?: string;
} {
  const values = view.state.values;
  const read = (block: string, input: string) => values[block]?.[input]?.value ?? undefined;
  const picked = Number(values[IDS.blocks.problemPick]?.[IDS.inputs.problemPick]?.selected_option?.value);
  return {
    problemId: Number.isInteger(picked) && picked > 0 ? picked : undefined,
    title: read(IDS.blocks.problemTitle, IDS.inputs.problemTitle),
    cause: read(IDS.blocks.problemCause, IDS.inputs.problemCause),
    fix: read(IDS.blocks.problemFix, IDS.inputs.problemFix),
  };
}

export function parseProblemMetadata<T>(text: string, schema: z.ZodType<T>): T {
  try {
    return schema.parse(JSON.parse(text || '{}'));
  } catch {
    throw new InvalidInputError('This window is out of date. Please close it and open it again from the card.');
  }
}
