import { describe, expect, it } from 'vitest';
import { escapeLuceneQuery, toSearchQuery } from '../../../src/graphql/index.ts';

describe('the Lucene query built from search text', () => {
  it('escapes every Lucene special character so that it is searched for literally', () => {
    expect(escapeLuceneQuery('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('turns the operators AND, OR and NOT into plain words', () => {
    expect(escapeLuceneQuery('民盟 AND 民建 OR NOT x')).toBe('民盟 and 民建 or not x');
  });

  it('keeps Chinese text as it is and joins words with spaces', () => {
    expect(toSearchQuery('  发改委   民盟 ')).toBe('发改委 民盟');
  });

  it('gives no query for blank text', () => {
    expect(toSearchQuery(' \t ')).toBeUndefined();
  });
});
