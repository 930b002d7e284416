import type { JurisdictionOffices } from '../../domain/index.ts';
import type { RuleId } from '../model.ts';

/**
 * A coverage rule of the annual review: one Cypher query, tagged with the clause of the notice it
 * checks.
 *
 * Every query takes the parameters of `ruleParameters` and returns ONE ROW PER SUBJECT CHECKED with
 * the columns `subject`, `missing` (list of strings), `shortfall` (true: a gap), `detail` and
 * `evidence` (a list of maps with the keys of `Evidence`). `checked` is the number of rows, the gaps
 * the rows whose `shortfall` is true. Departments are J's *liaison departments* (a FORMAL liaison in
 * force at any time in the year); counterparts are J's parties and FIC; "formal counterparts" of a
 * department are those its FORMAL liaisons point to on the day in question. The offices ($governmentOffices,
 * $reportOffices) are those of J's level: 市政府 … for a city, 县政府 … for a county.
 */
export interface CoverageRule {
  id: RuleId;
  clause: string;
  /** What the rule asks, in the words of the jurisdiction's own offices where it names them. */
  title: string | ((offices: JurisdictionOffices) => string);
  cypher: string;
}
