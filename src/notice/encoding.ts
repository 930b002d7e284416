import { ErrorCode, LiaisonError } from '../errors/index.ts';

export type NoticeEncoding = 'utf-8' | 'gb18030';

/**
 * Decodes the bytes of a notice: UTF-8 when they are valid UTF-8 (a byte-order mark is dropped),
 * else GB18030, which covers GBK and GB2312 (what Chinese office software and older sites write).
 */
export function decodeNoticeBytes(bytes: Uint8Array): { text: string; encoding: NoticeEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
    } catch (error) {
      throw new LiaisonError(ErrorCode.INVALID_INPUT_FILE, 'the notice is neither UTF-8 nor GB18030/GBK text', { cause: error });
    }
  }
}
