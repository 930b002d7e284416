/**
 * Jurisdictions and the offices each has. A city's documents name its offices 市政府, 市政府办公室
 * and 市委统战部; a county's 县政府, 县政府办公室 and 县委统战部; a province's 省政府 …: the level is
 * the last character of the jurisdiction's name (资阳市 → 市, 安岳县 → 县, 雁江区 → 区).
 */

/** The jurisdiction a command or question is about when none is named. */
export const DEFAULT_JURISDICTION = '资阳市';

/** The administrative levels by the character that ends a jurisdiction's name. */
export const JURISDICTION_LEVELS = ['省', '市', '州', '盟', '县', '区', '旗'] as const;

export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

/** The level of a jurisdiction: 省 for 四川省, 县 for 安岳县; 市 when the name ends with none of them. */
export function jurisdictionLevel(jurisdiction: string): JurisdictionLevel {
  const last = jurisdiction.trim().slice(-1);
  return (JURISDICTION_LEVELS as readonly string[]).includes(last) ? (last as JurisdictionLevel) : '市';
}

/** The three offices of a jurisdiction, by what they do. */
export interface JurisdictionOffices {
  /** 市政府: convenes symposia and issues the policy documents of R1 and R2. */
  government: string;
  /** 市政府办公室: convenes and issues too, and receives the plans and summaries of R8. */
  generalOffice: string;
  /** 市委统战部: the united-front department, receives the plans and summaries of R8. */
  unitedFront: string;
}

export function officesOf(jurisdiction: string): JurisdictionOffices {
  const level = jurisdictionLevel(jurisdiction);
  return { government: `${level}政府`, generalOffice: `${level}政府办公室`, unitedFront: `${level}委统战部` };
}

/** Who organises symposia and issues the policy documents that go to every counterpart (R1, R2). */
export function governmentOfficesOf(jurisdiction: string): string[] {
  const offices = officesOf(jurisdiction);
  return [offices.government, offices.generalOffice];
}

/** Where work plans and annual summaries are reported (R8). */
export function reportOfficesOf(jurisdiction: string): string[] {
  const offices = officesOf(jurisdiction);
  return [offices.generalOffice, offices.unitedFront];
}

/** The government offices of every level (for questions that start from a document, not a jurisdiction). */
export const GOVERNMENT_OFFICES_OF_EVERY_LEVEL: readonly string[] = JURISDICTION_LEVELS.flatMap((level) => [
  `${level}政府`,
  `${level}政府办公室`,
]);

export interface OfficeDefinition {
  name: string;
  fullName: string;
  aliases: string[];
}

/**
 * The offices every jurisdiction has, named as its documents name them, with their full names: for
 * 资阳市, 市政府 (资阳市人民政府), 市政府办公室 (资阳市人民政府办公室) and 市委统战部
 * (中共资阳市委统一战线工作部).
 */
export function builtInOffices(jurisdiction: string): OfficeDefinition[] {
  const level = jurisdictionLevel(jurisdiction);
  const offices = officesOf(jurisdiction);
  return [
    { name: offices.government, fullName: `${jurisdiction}人民政府`, aliases: [`${jurisdiction}政府`] },
    {
      name: offices.generalOffice,
      fullName: `${jurisdiction}人民政府办公室`,
      aliases: [`${level}政府办`, `${jurisdiction}政府办公室`],
    },
    {
      name: offices.unitedFront,
      fullName: `中共${jurisdiction}委统一战线工作部`,
      aliases: [`中共${jurisdiction}委统战部`, `${jurisdiction}委统战部`],
    },
  ];
}
