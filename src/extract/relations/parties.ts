// Who takes part in the clause of a trigger word: who acts, who reports it and how (asserted or
// hedged), as the frames and blocked() read them.
import type { ClauseInfo } from '../clauses.ts';
import type { Mention } from '../types.ts';

export interface Parties {
  agents: Mention[];
  /** The agents are the reporter of the clause, not its grammatical subject. */
  fromSpeaker: boolean;
  clause: ClauseInfo;
  speakers: Mention[];
  reportKind: 'assert' | 'hedge' | undefined;
  /** "..., the government announced." after the clause: its "will" is a decision, not a guess. */
  announced: boolean;
}

/** Every Parties with the same fields in one order: one object shape, so V8 compiles its readers once. */
export function makeParties(agents: Mention[], fromSpeaker: boolean, clause: ClauseInfo, speakers: Mention[], reportKind: Parties['reportKind'] = undefined, announced = false): Parties {
  return { agents, fromSpeaker, clause, speakers, reportKind, announced };
}
