// Charsets: HTTP header, BOM, <meta charset>, http-equiv, and legacy encodings built with iconv-lite.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeRaw, normalizeCharset } from '../../src/ingest/decode.js';
import { rawFromBytes } from '../../src/ingest/raw.js';

const html = (meta: string, body: string) => `<html><head>${meta}</head><body><p>${body}</p></body></html>`;
const raw = (bytes: Buffer, charset: string | null = null) => rawFromBytes(bytes, { path: 'x.html' }, 'text/html', charset);

describe('decodeRaw', () => {
  it('uses the HTTP header charset over the document', () => {
    const text = 'Привет, мир — новости';
    const d = decodeRaw(raw(iconv.encode(html('<meta charset="utf-8">', text), 'windows-1251'), 'windows-1251'));
    expect(d.text).toContain(text);
  });

  it('lets a BOM win over everything', () => {
    const d = decodeRaw(raw(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html('', 'Ação çé'), 'utf8')]), 'windows-1252'));
    expect(d.text).toContain('Ação çé');
    const le = decodeRaw(raw(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html('', 'Grüße'), 'utf-16le')])));
    expect(le.text).toContain('Grüße');
  });

  it.each([
    ['windows-1252', '<meta charset="windows-1252">', 'Café “quoted” — naïve €5'],
    ['iso-8859-2', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', 'Łódź, Kraków i Gdańsk'],
    ['koi8-r', '<meta charset="koi8-r">', 'Москва сообщила о переговорах'],
    ['windows-1251', "<meta http-equiv='content-type' content='text/html;charset=windows-1251'>", 'Київ і Харків'],
    ['iso-8859-15', '<meta charset="ISO-8859-15">', 'Prix: 10 € œuvre'],
  ])('decodes %s declared in the document', (enc, meta, text) => {
    const d = decodeRaw(raw(iconv.encode(html(meta, text), enc)));
    expect(d.text).toContain(text);
  });

  it('treats an iso-8859-1 label as windows-1252 (smart quotes survive)', () => {
    const d = decodeRaw(raw(iconv.encode(html('<meta charset="iso-8859-1">', 'He said “yes”'), 'windows-1252')));
    expect(d.text).toContain('He said “yes”');
    expect(normalizeCharset('Latin1')).toBe('windows-1252');
    expect(normalizeCharset('cp1251')).toBe('windows-1251');
  });

  it('detects an undeclared legacy encoding instead of producing replacement characters', () => {
    const text = 'Le président a déclaré que la réforme était nécessaire et qu’elle serait appliquée dès l’été prochain. '.repeat(5);
    const d = decodeRaw(raw(iconv.encode(html('', text), 'windows-1252')));
    expect(d.text).not.toContain('\ufffd');
    expect(d.text).toContain('président');
  });

  it('refuses empty and binary input with a reason', () => {
    expect(() => decodeRaw(raw(Buffer.alloc(0)))).toThrow(/empty/);
    expect(() => decodeRaw(raw(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])))).toThrow(/binary/);
  });
});
