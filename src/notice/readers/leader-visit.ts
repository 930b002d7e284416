import { leadingCounterpart } from './prose-names.ts';
import { readLeader } from './subject-names.ts';
import type { ClauseReading } from '../model.ts';

/**
 * A government leader visiting the party they liaise with, as a report writes it
 * (`副市长张某走访调研所联系的民建某市委会`, `副市长张某一行到其联系的民盟某市委会调研`): the leader's
 * title and name first, then the party named as the one they liaise with. Officers of the CPPCC
 * (政协主席) are no government leaders: their titles do not read as one.
 */
const visitOfLiaison =
  /^(?<leader>[\u4e00-\u9fff·、]{3,30}?)(?:同志)?(?:一行)?(?:先后)?(?:走访调研|走访|调研|看望|来到|到)了?(?:其|所|其所)?(?:对口)?联系的/;

/** Reads a leader's visit to the party they liaise with, at the start of `text`, or undefined. */
export function readLeaderVisit(text: string, base: number): ClauseReading | undefined {
  const match = visitOfLiaison.exec(text);
  const written = match?.groups?.leader;
  const leader = written === undefined ? undefined : readLeader(written);
  if (match === null || leader === undefined) return undefined;
  const party = leadingCounterpart(text.slice(match[0].length));
  if (party === undefined) return undefined;
  const assignment = {
    fromKind: 'leader' as const,
    from: [leader],
    counterparts: [party.mention],
    general: false,
    includesFederation: false,
    unread: [],
    cut: false,
    etc: false,
    start: base + Math.max(0, text.indexOf(leader)),
  };
  const end = match[0].length + party.length;
  const comma = text.indexOf('，', end);
  const consumed = comma < 0 ? text.length : comma + 1;
  return { assignments: [assignment], remainder: text.slice(consumed), remainderStart: base + consumed };
}
