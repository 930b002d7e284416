import { describe, expect, it } from 'vitest';
import { generatePassword } from '../../../src/neo4j/index.ts';

describe('generatePassword', () => {
  it('makes long passwords of letters and digits that cannot be read as an option', () => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const password = generatePassword();
      expect(password).toMatch(/^[0-9a-f]{36}$/);
    }
  });

  it('makes a different password each time', () => {
    expect(generatePassword()).not.toBe(generatePassword());
  });
});
