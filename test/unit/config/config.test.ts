import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.ts';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({ NEO4J_URI: '', PORT: '', HOST: '' });
    expect(config.server.port).toBe(4000);
    expect(config.server.host).toBe('127.0.0.1');
    expect(config.neo4j.boltPort).toBe(7687);
    expect(config.neo4j.dataDir.endsWith('.data/neo4j')).toBe(true);
  });

  it('fails fast naming every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://example.org', NEO4J_PASSWORD: 'short' })).toThrow(
      /invalid configuration:[\s\S]*NEO4J_URI: a Bolt URI[\s\S]*NEO4J_PASSWORD: at least 8 characters[\s\S]*PORT/,
    );
  });

  it('uses JAVA_HOME to find java', () => {
    expect(loadConfig({ JAVA_HOME: '/opt/jdk' }).neo4j.javaCommand).toBe('/opt/jdk/bin/java');
  });
});
