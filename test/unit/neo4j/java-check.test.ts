import { describe, expect, it } from 'vitest';
import { parseJavaMajorVersion } from '../../../src/neo4j/index.ts';

describe('parseJavaMajorVersion', () => {
  it('reads the major version of a modern JDK', () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "25" 2025-09-16')).toBe(25);
  });

  it('reads Java 8 from its 1.8 numbering', () => {
    expect(parseJavaMajorVersion('java version "1.8.0_392"')).toBe(8);
  });

  it('returns undefined for output without a version', () => {
    expect(parseJavaMajorVersion('bash: java: command not found')).toBeUndefined();
  });
});
