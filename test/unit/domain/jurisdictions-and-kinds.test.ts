import { describe, expect, it } from 'vitest';
import {
  builtInOffices,
  enumerationValue,
  governmentOfficesOf,
  jurisdictionLevel,
  leaderTitleKind,
  officesOf,
  partyContainedIn,
  reportOfficesOf,
  ROLE_KINDS,
  roleTitlesOf,
} from '../../../src/domain/index.ts';

describe('a jurisdiction’s level and offices', () => {
  it('reads the level from the last character of the name, a city when none fits', () => {
    expect(['四川省', '资阳市', '安岳县', '雁江区', '凉山州', '锡林郭勒盟', '某某地'].map(jurisdictionLevel)).toEqual([
      '省',
      '市',
      '县',
      '区',
      '州',
      '盟',
      '市',
    ]);
  });

  it('names a county’s offices 县政府, 县政府办公室 and 县委统战部', () => {
    expect(officesOf('安岳县')).toEqual({ government: '县政府', generalOffice: '县政府办公室', unitedFront: '县委统战部' });
    expect(governmentOfficesOf('安岳县')).toEqual(['县政府', '县政府办公室']);
    expect(reportOfficesOf('安岳县')).toEqual(['县政府办公室', '县委统战部']);
  });

  it('gives the built-in offices their full names and short forms', () => {
    expect(builtInOffices('资阳市')).toEqual([
      { name: '市政府', fullName: '资阳市人民政府', aliases: ['资阳市政府'] },
      { name: '市政府办公室', fullName: '资阳市人民政府办公室', aliases: ['市政府办', '资阳市政府办公室'] },
      { name: '市委统战部', fullName: '中共资阳市委统一战线工作部', aliases: ['中共资阳市委统战部', '资阳市委统战部'] },
    ]);
    expect(builtInOffices('四川省').map((office) => office.name)).toEqual(['省政府', '省政府办公室', '省委统战部']);
  });
});

describe('leader titles at every level', () => {
  it('reads 县长, 常务副区长 and 副省长 as the mayor’s titles of their level', () => {
    expect(['县长', '常务副区长', '副省长', '市长', '州长'].map(leaderTitleKind)).toEqual([
      'MAYOR',
      'EXECUTIVE_VICE_MAYOR',
      'VICE_MAYOR',
      'MAYOR',
      'MAYOR',
    ]);
  });

  it('reads nothing else as a title', () => {
    expect(['常务县长', '局长', '县长助理', '部长'].map(leaderTitleKind)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('accepts a county title as a role of the records format', () => {
    expect(enumerationValue(ROLE_KINDS, '副县长')).toBe('VICE_MAYOR');
    expect(enumerationValue(ROLE_KINDS, '联络人员')).toBe('LIAISON_OFFICER');
    expect(enumerationValue(ROLE_KINDS, '科长')).toBeUndefined();
  });

  it('writes the titles as the jurisdiction’s level writes them', () => {
    expect(roleTitlesOf('雁江区')).toMatchObject({
      MAYOR: '区长',
      EXECUTIVE_VICE_MAYOR: '常务副区长',
      VICE_MAYOR: '副区长',
      HEAD: '主要负责人',
    });
  });
});

describe('the parties', () => {
  it('tells a counterpart’s party from any of its names', () => {
    expect(partyContainedIn(['某某委会', '民盟资阳市委会'])).toBe('民盟');
    expect(partyContainedIn(['市工商联'])).toBe('工商联');
    expect(partyContainedIn(['市侨联'])).toBeUndefined();
  });
});
