// Bytes → text: BOM, declared charset, strict UTF-8, then statistical detection (chardet) with
// iconv-lite decoding. Binary input is refused with a reason instead of being decoded into garbage.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from '../model/errors.js';
import type { RawDocument } from './raw.js';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function looksBinary(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.02;
}

function bomCharset(bytes: Buffer): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** Charset named in an HTML/XML prolog (meta charset, http-equiv content-type, xml encoding). */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

export interface Decoded {
  text: string;
  charset: string;
}

export function decodeRaw(raw: RawDocument, name = raw.source.path ?? raw.source.url ?? 'input'): Decoded {
  const { bytes } = raw;
  if (bytes.length === 0) throw new InputError(name, 'empty input (0 bytes)');
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(name, `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(bytes.subarray(bom.skip), bom.charset), charset: bom.charset };
  if (looksBinary(bytes)) throw new InputError(name, 'binary data, not text or HTML');
  const declared = raw.charset ?? (raw.mediaType !== 'text/plain' ? declaredCharset(bytes) : null);
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    return { text: iconv.decode(bytes, declared), charset: declared };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // Not valid UTF-8: detect the legacy encoding rather than replace characters silently.
    const guess = chardet.detect(bytes);
    if (!guess || !iconv.encodingExists(guess) || /^utf-?8$/i.test(guess)) {
      throw new InputError(name, 'invalid UTF-8 and the encoding could not be detected');
    }
    return { text: iconv.decode(bytes, guess), charset: guess.toLowerCase() };
  }
}
