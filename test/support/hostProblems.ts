import type { Language } from '../../src/core/language';
import type { HostProblem } from '../../src/host/problems';
import { HostError } from '../../src/host/types';
import { renderHostProblem } from '../../src/i18n';

/** The problem a host call rejected with; fails the test when it resolved or threw anything but a HostError. */
export async function rejection(call: Promise<unknown>): Promise<HostProblem> {
  try {
    await call;
  } catch (e) {
    if (e instanceof HostError) return e.problem;
    throw new Error(`expected a HostError, got ${String(e)}`);
  }
  throw new Error('expected a HostError, but the call succeeded');
}

/** What the pane shows for a host problem in `language`. */
export const said = (problem: HostProblem, language: Language = 'en-US'): string => renderHostProblem(language, problem);

/** What the pane shows for the HostError a call rejected with. */
export const refusal = async (call: Promise<unknown>, language: Language = 'en-US'): Promise<string> => said(await rejection(call), language);
