import { NameDirectory } from '../../../src/records/index.ts';

/** A small 资阳市 as the name directory sees it after the seed: offices, two departments, two counterparts, leaders. */
export function ziyangDirectory(): NameDirectory {
  const directory = new NameDirectory('资阳市');
  const organisation = (label: 'Office' | 'Department' | 'Counterpart', name: string, fullName: string | null, aliases: string[]) =>
    directory.addOrganisation({ label, key: `资阳市/${name}`, name, fullName, aliases, imported: false });
  organisation('Office', '市政府', '资阳市人民政府', []);
  organisation('Office', '市政府办公室', '资阳市人民政府办公室', ['市政府办']);
  organisation('Office', '市委统战部', '中共资阳市委统一战线工作部', []);
  organisation('Department', '市发展改革委', '资阳市发展和改革委员会', ['市发改委']);
  organisation('Department', '市司法局', '资阳市司法局', []);
  organisation('Department', '市商务局', '资阳市商务局', []);
  organisation('Counterpart', '民盟资阳市委会', '中国民主同盟资阳市委员会', ['民盟']);
  organisation('Counterpart', '市工商联', '资阳市工商业联合会', ['工商联']);
  for (const name of ['王善平', '李东', '张宇星']) {
    directory.addIndividual({ label: 'Leader', key: `资阳市/${name}`, name, aliases: [], organisation: null });
  }
  return directory;
}
