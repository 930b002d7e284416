import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNoticeBytes, parseNotice, type ParsedNotice } from '../../../src/notice/index.ts';

/** A small seeded generator (mulberry32): the same seed gives the same cases on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const corpus = join(import.meta.dirname, '..', '..', 'fixtures', 'notices');
const fixtureTexts = readdirSync(corpus)
  .filter((file) => file.endsWith('.txt') && !file.includes('.gbk.'))
  .sort()
  .map((file) => ({ file, text: decodeNoticeBytes(readFileSync(join(corpus, file))).text }));
const fixtureLines = fixtureTexts.flatMap(({ text }) => text.split('\n'));

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** Any code point, surrogate halves and controls included, biased toward punctuation and CJK. */
function randomUnicode(random: () => number, length: number): string {
  const pools = [
    () => String.fromCharCode(Math.floor(random() * 0x10000)),
    () => String.fromCodePoint(Math.floor(random() * 0x10ffff)),
    () => pick(random, [...'、，,；;。：:（）()〔〕[]„‟—-…\t \n\r\u3000同志联系对口与和及等市省县局委']),
    () => String.fromCharCode(0x4e00 + Math.floor(random() * 0x51a5)),
  ];
  let text = '';
  for (let index = 0; index < length; index += 1) text += pick(random, pools)();
  return text;
}

/** Random CJK characters and punctuation, no word of the domain placed on purpose. */
function randomChinese(random: () => number, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) {
    const roll = random();
    text +=
      roll < 0.85 ? String.fromCharCode(0x4e00 + Math.floor(random() * 0x51a5)) : roll < 0.95 ? pick(random, [...'、，；。：']) : '\n';
  }
  return text;
}

const pairs = (parsed: ParsedNotice) =>
  parsed.liaisons.map((liaison) => [liaison.line, liaison.from, liaison.counterpart, liaison.kind, liaison.text]);

describe('parseNotice under random input', () => {
  it('never throws on random unicode, however broken', () => {
    const random = seededRandom(6);
    for (let round = 0; round < 300; round += 1) {
      const text = randomUnicode(random, Math.floor(random() * 400));
      expect(() => parseNotice(text)).not.toThrow();
    }
  });

  it('never throws on the corpus lines shuffled together and cut at random places', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 60; round += 1) {
      const lines = shuffled(random, fixtureLines).slice(0, 40 + Math.floor(random() * 80));
      const text = lines.map((line) => (random() < 0.2 ? line.slice(0, Math.floor(random() * line.length)) : line)).join('\n');
      const parsed = parseNotice(text);
      for (const liaison of parsed.liaisons) expect(liaison.line).toBeGreaterThan(0);
    }
  });

  it('finds no pair in random Chinese text', () => {
    const random = seededRandom(8);
    for (let round = 0; round < 200; round += 1) {
      expect(pairs(parseNotice(randomChinese(random, 50 + Math.floor(random() * 500))))).toEqual([]);
    }
  });

  it('parses a long line in reasonable time', () => {
    const random = seededRandom(9);
    const line = `市发展改革委、${'财政局、'.repeat(200)}联系${randomChinese(random, 3000).replaceAll('\n', '')}`;
    const started = performance.now();
    parseNotice(line);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('parseNotice on the corpus with unrelated lines shuffled', () => {
  /** Headings that open an arrangement section (附件, …对口联系安排) are structure, not unrelated text. */
  const sectionHeading = /^\s*附件|(?:安排|名单|分工|方案|一览表|联系表)\s*$/;

  /**
   * Lines that state or continue a liaison or a warning, headings, blank or short lines, and the last
   * line (whether a copy was cut off is read from it) stay where they are.
   */
  function unrelatedLines(text: string, parsed: ParsedNotice): number[] {
    const lastLine = text.trimEnd().split('\n').length;
    const related = new Set<number>([lastLine]);
    for (const line of [...parsed.liaisons.map((liaison) => liaison.line), ...parsed.warnings.map((warning) => warning.line)]) {
      for (let offset = 0; offset <= 3; offset += 1) related.add(line + offset);
    }
    return text
      .split('\n')
      .map((line, index) => ({ line, number: index + 1 }))
      .filter(({ line, number }) => !related.has(number) && line.trim().length > 8 && !sectionHeading.test(line))
      .map(({ number }) => number);
  }

  it.each(fixtureTexts.map(({ file, text }) => [file, text] as const))(
    'reads the same liaisons and line warnings from %s',
    (_file, text) => {
      const original = parseNotice(text);
      const random = seededRandom(text.length);
      const movable = unrelatedLines(text, original);
      for (let round = 0; round < 5; round += 1) {
        const lines = text.split('\n');
        const order = shuffled(random, movable);
        const moved = [...lines];
        movable.forEach((number, index) => {
          moved[number - 1] = lines[(order[index] ?? number) - 1] ?? '';
        });
        const reparsed = parseNotice(moved.join('\n'));
        expect(pairs(reparsed)).toEqual(pairs(original));
        expect(reparsed.warnings.filter((warning) => warning.line > 0).map((warning) => warning.line)).toEqual(
          original.warnings.filter((warning) => warning.line > 0).map((warning) => warning.line),
        );
      }
    },
  );
});
