import type { SeededRandom } from './seeded-random.ts';

export type GeneratedLevel = '省' | '市' | '县' | '区';

/** One jurisdiction of a generated province: its name (its level is the last character) and where it lies. */
export interface GeneratedJurisdiction {
  name: string;
  level: GeneratedLevel;
  /** The prefecture of a county, the province of a prefecture; null for the root. */
  parent: string | null;
}

// Characters of invented place names. None of them is a character the notice parser reads as part
// of an organisation's name (民 工 商 联 党 政 府 委 局 办 市 县 区 省 …) or as a conjunction
// (和 与 及: 民建和城区总支 would read as 民建 and 城区总支).
const FIRST = [...'青云安临平宁长新永兴广清丰南北东西江河山石金玉白荣华泰嘉福乐康瑞祥龙凤鹤松柏桐梅兰竹'];
const SECOND = [...'川阳城山江水溪林源泉丘原岭湖津宁安平丰庆昌盛隆泽阴浦川峰台亭洲岗坪坝渡桥'];
const THIRD = [...'东西南北中上下前后'];

/** Distinct invented names: two characters, three once two run short. */
function nameSource(random: SeededRandom): () => string {
  const taken = new Set<string>();
  return () => {
    for (let attempt = 0; ; attempt += 1) {
      const stem = `${random.pick(FIRST)}${random.pick(SECOND)}${attempt > 30 ? random.pick(THIRD) : ''}`;
      if (!taken.has(stem)) {
        taken.add(stem);
        return stem;
      }
    }
  };
}

/**
 * `count` jurisdictions: one city alone when count is 1; otherwise a province, about one prefecture
 * (市) for every ten jurisdictions, and counties and districts (县, 区) shared out among them.
 */
export function planJurisdictions(count: number, random: SeededRandom): GeneratedJurisdiction[] {
  const stem = nameSource(random);
  if (count === 1) return [{ name: `${stem()}市`, level: '市', parent: null }];
  const province: GeneratedJurisdiction = { name: `${stem()}省`, level: '省', parent: null };
  const prefectureCount = Math.max(1, Math.round((count - 1) / 10));
  const prefectures = Array.from(
    { length: prefectureCount },
    (): GeneratedJurisdiction => ({ name: `${stem()}市`, level: '市', parent: province.name }),
  );
  const counties = Array.from({ length: count - 1 - prefectureCount }, (_, index): GeneratedJurisdiction => {
    const level: GeneratedLevel = random.chance(0.25) ? '区' : '县';
    return { name: `${stem()}${level}`, level, parent: prefectures[index % prefectureCount]?.name ?? province.name };
  });
  return [province, ...prefectures, ...counties];
}
