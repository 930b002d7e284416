/** A synthetic province: jurisdictions, their notices and years of records with designed gaps, from a seed. */
export {
  generatedDataset,
  generateWorld,
  jurisdictionFiles,
  loadWorld,
  worldManifest,
  writeWorld,
  type JurisdictionFiles,
  type World,
  type WorldManifest,
  type WorldOptions,
  type WorldProgress,
} from './generate-world.ts';
export { RULE_IDS, type DesignedGap, type GeneratedRuleId, type JurisdictionDesign } from './jurisdiction-design.ts';
export { planJurisdictions, type GeneratedJurisdiction, type GeneratedLevel } from './jurisdiction-tree.ts';
export { seededRandom, type SeededRandom } from './seeded-random.ts';
