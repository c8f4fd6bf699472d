import { NotAnAgentError } from '../errors.js';
import type { ServiceDeps } from './deps.js';

/**
 * The one rule for agent-only operations: agents are the members of the triage channel. Every such
 * service calls this before it reads or changes anything, whoever its caller is.
 */
export async function requireAgent(deps: Pick<ServiceDeps, 'people'>, userId: string, action: string): Promise<void> {
  if (!(await deps.people.isAgent(userId))) throw new NotAnAgentError(action);
}
