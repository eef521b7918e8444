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

/** WHATWG label rules that matter in practice: latin1/ASCII labels mean windows-1252, gb2312 means gbk,
 *  and a UTF-16 label inside an ASCII-compatible document is wrong (it would not be readable) so means UTF-8. */
export function normalizeCharset(label: string | null | undefined): string | null {
  const l = (label ?? '').trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  if (/^(iso-?8859-1|iso_8859-1|latin-?1|l1|us-ascii|ascii|ansi_x3\.4-1968|cp819|ibm819)$/.test(l)) return 'windows-1252';
  if (/^(gb2312|gb_2312-80|x-gbk|csgb2312)$/.test(l)) return 'gbk';
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(l)) return 'utf-8';
  if (/^(x-)?cp125([0-8])$/.test(l)) return l.replace(/^(x-)?cp/, 'windows-');
  if (/^(x-)?sjis$|^shift-jis$/.test(l)) return 'shift_jis';
  return l;
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
  // UTF-16 declared by the transport (charset=utf-16le) is full of zero bytes, so it is decoded before the
  // binary check; it is trusted only when the decoded text holds no control characters itself.
  const utf16 = /^utf-?16(le|be)?$/.exec(normalizeCharset(raw.charset) ?? '');
  if (utf16) {
    const charset = utf16[1] === 'be' ? 'utf-16be' : 'utf-16le';
    const text = iconv.decode(bytes, charset);
    if (!looksBinary(Buffer.from(text, 'utf8'))) return { text, charset };
  }
  if (looksBinary(bytes)) throw new InputError(name, 'binary data, not text or HTML');
  // The transport (HTTP header) wins over an in-document declaration, as in browsers.
  let declared = normalizeCharset(raw.charset) ?? (raw.mediaType !== 'text/plain' ? normalizeCharset(declaredCharset(bytes)) : null);
  if (declared && /^utf-?16/.test(declared)) declared = 'utf-8';
  if (declared && declared !== 'utf-8' && iconv.encodingExists(declared)) {
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
