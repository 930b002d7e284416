import type { PartyName } from './parse-notice.ts';
import type { LiaisonSourceKind, ParsedNotice } from './model.ts';

/** The `--dry-run --json` output of `npm run ingest -- notice`: a contract, exactly this shape. */
export interface NoticeJson {
  document: { number: string | null; title: string | null; issuer: string | null; issued: string | null };
  liaisons: Array<{
    from: string;
    fromKind: LiaisonSourceKind;
    counterpart: PartyName;
    kind: 'formal' | 'general';
    line: number;
    text: string;
  }>;
  /** Warnings about lines (1-based); what concerns the whole text (line 0) is reported apart. */
  warnings: Array<{ line: number; message: string }>;
}

/** The contract shape of a parsed notice, in reading order. */
export function toNoticeJson(parsed: ParsedNotice): NoticeJson {
  const { number, title, issuer, issued } = parsed.document;
  return {
    document: { number, title, issuer, issued },
    liaisons: parsed.liaisons.map(({ from, fromKind, counterpart, kind, line, text }) => ({
      from,
      fromKind,
      counterpart,
      kind,
      line,
      text,
    })),
    warnings: parsed.warnings.filter((warning) => warning.line > 0).map(({ line, message }) => ({ line, message })),
  };
}
