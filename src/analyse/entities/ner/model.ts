// The trained recogniser: a weight table (feature → one weight per BILOU label), decoded by scorer.ts (greedily
// left to right, or by Viterbi when meta.decode is "viterbi"), which keeps every label sequence well formed. The model file ships in `models/` and is read once
// per process, on first use: from the unpacked copy `npm run build` writes to dist/ (unpackModel) when it was made from
// that file, else from the gzip'd file itself (unzipping the English model costs ~85 ms of CPU in every process and worker).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Clusters } from './features.js';
import type { DocumentMemo } from './document-words.js';
import { LABELS, N_LABELS } from './labels.js';
import { FeatureScorer } from './scorer.js';
import { labelEvidence } from './first-pass.js';

const MAGIC = 'SNER1';
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

export class NerModel {
  /** the feature strings by row, for a model read from its file (else null: `index` was given) */
  private features: readonly string[] | null;
  private indexMap: Map<string, number> | null;

  constructor(
    /** feature string → row in `weights`, or the feature strings by row */
    index: Map<string, number> | readonly string[],
    /** rows × N_LABELS weights */
    readonly weights: Float32Array,
    readonly clusters: Clusters | null,
    readonly meta: Record<string, unknown> = {},
  ) {
    this.features = Array.isArray(index) ? index : null;
    this.indexMap = Array.isArray(index) ? null : index as Map<string, number>;
  }

  /**
   * Feature string → row in `weights`. A model read from its file makes this map on first use only: the tagger reads
   * its features through the decoder's own tables (FeatureRows), and a map of all of them (two models: 130k strings)
   * cost ~90 ms of each process's start.
   */
  get index(): Map<string, number> {
    return this.indexMap ??= new Map(this.features!.map((f, i) => [f, i]));
  }

  /** Whether the model was trained with the rule recogniser's hints as features (then pass them to tag). */
  get usesHints(): boolean { return this.meta.hints === true; }

  private scorer: FeatureScorer | null = null;

  /** For a two-pass model: the tagger whose labels across the document are this model's features (first-pass.ts). */
  firstPass: NerModel | null = null;

  /** BILOU label indices for each sentence of a document (sentences given as word arrays; hints per token). */
  /**
   * `evidenceOnly`: the caller reads the labels of capitalised tokens only (a second pass reading this one's labels):
   * the other tokens' labels may be left O (FeatureScorer.tag).
   */
  tag(sentences: string[][], hints: string[][] | null = null, memo: DocumentMemo = {}, evidenceOnly = false): Uint8Array[] {
    this.scorer ??= new FeatureScorer(this.indexMap ?? this.features!, this.weights, this.clusters, this.meta.decode === 'viterbi');
    if (!this.firstPass) return this.scorer.tag(sentences, hints, null, memo, null, evidenceOnly);
    const firstLabels = this.firstPass.tag(sentences, hints, memo, true);
    const first = labelEvidence(sentences, firstLabels, this.firstPass.scorer!.lastRecords);
    // the second pass finds its word records through the first pass's: one look-up by string per token
    return this.scorer.tag(sentences, hints, first, memo, this.firstPass.scorer!.lastRecords, evidenceOnly);
  }

  /** The model as gzip'd bytes: header JSON, feature strings, int16 weights, clusters. */
  serialize(): Buffer {
    const feats = [...this.index.entries()].sort((a, b) => a[1] - b[1]).map(([f]) => f);
    let max = 0;
    for (const x of this.weights) max = Math.max(max, Math.abs(x));
    const scale = max / 32767 || 1;
    const q = new Int16Array(this.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(this.weights[i]! / scale);
    const clusterText = this.clusters ? [...this.clusters].map(([w, c]) => `${w}\t${c}`).join('\n') : '';
    const featText = Buffer.from(feats.join('\n'), 'utf8');
    const clusterBuf = Buffer.from(clusterText, 'utf8');
    // a first-pass model travels inside, without the clusters it shares
    const first = this.firstPass ? new NerModel(this.firstPass.index, this.firstPass.weights, null, this.firstPass.meta).serialize() : Buffer.alloc(0);
    const header = Buffer.from(JSON.stringify({ labels: LABELS, rows: feats.length, scale, featBytes: featText.length, clusterBytes: clusterBuf.length, firstPassBytes: first.length, meta: this.meta }), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(header.length);
    return gzipSync(Buffer.concat([Buffer.from(MAGIC), len, header, featText, Buffer.from(q.buffer, q.byteOffset, q.byteLength), clusterBuf, first]), { level: 9 });
  }

  /** A model from its bytes: as `serialize` wrote them (gzip'd), or unpacked (unpackModel). */
  static deserialize(bytes: Buffer): NerModel {
    const buf = isGzip(bytes) ? gunzipSync(bytes) : bytes;
    if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('not a Storyline NER model');
    const hlen = buf.readUInt32LE(MAGIC.length);
    let at = MAGIC.length + 4;
    const header = JSON.parse(buf.subarray(at, at + hlen).toString('utf8')) as { labels: string[]; rows: number; scale: number; featBytes: number; clusterBytes: number; firstPassBytes?: number; meta: Record<string, unknown> };
    at += hlen;
    if (header.labels.join() !== LABELS.join()) throw new Error('NER model labels do not match this version');
    const feats = header.featBytes ? buf.subarray(at, at + header.featBytes).toString('utf8').split('\n') : [];
    at += header.featBytes;
    const n = header.rows * N_LABELS;
    // one copy of the int16 block (little-endian, as written; the copy also aligns it) instead of a read per weight
    const q = new Int16Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + 2 * n));
    if (!LITTLE_ENDIAN) for (let i = 0; i < n; i++) q[i] = buf.readInt16LE(at + 2 * i);
    at += 2 * n;
    const weights = new Float32Array(n);
    for (let i = 0; i < n; i++) weights[i] = q[i]! * header.scale;
    const clusterText = buf.subarray(at, at + header.clusterBytes).toString('utf8');
    const clusters = clusterText ? new Map(clusterText.split('\n').map((l) => l.split('\t') as [string, string])) : null;
    const model = new NerModel(feats, weights, clusters, header.meta);
    if (header.firstPassBytes) {
      at += header.clusterBytes;
      const first = NerModel.deserialize(buf.subarray(at, at + header.firstPassBytes));
      model.firstPass = new NerModel(first.features ?? first.index, first.weights, clusters, first.meta);
    }
    return model;
  }
}

const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

/**
 * The model's bytes with nothing gzip'd: the file unzipped, and the first-pass model inside it unzipped too (the
 * header's firstPassBytes follows). `deserialize` reads both forms to the same model.
 */
export function unpackModel(bytes: Buffer): Buffer {
  const buf = isGzip(bytes) ? gunzipSync(bytes) : bytes;
  const hlen = buf.readUInt32LE(MAGIC.length);
  const at = MAGIC.length + 4;
  const header = JSON.parse(buf.subarray(at, at + hlen).toString('utf8')) as { featBytes: number; clusterBytes: number; rows: number; firstPassBytes?: number };
  if (!header.firstPassBytes) return buf;
  const firstAt = at + hlen + header.featBytes + 2 * header.rows * N_LABELS + header.clusterBytes;
  const first = unpackModel(buf.subarray(firstAt, firstAt + header.firstPassBytes));
  const newHeader = Buffer.from(JSON.stringify({ ...header, firstPassBytes: first.length }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(newHeader.length);
  return Buffer.concat([buf.subarray(0, MAGIC.length), len, newHeader, buf.subarray(at + hlen, firstAt), first, buf.subarray(firstAt + header.firstPassBytes)]);
}

/** models/ at the package root: the same depth from src/ (tests) and dist/ (built). */
export const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../models');
export const modelPath = (lang: string) => join(MODEL_DIR, `ner-${lang}.bin.gz`);
/** Where `npm run build` writes a model's unpacked copy, and the fingerprint of the file it was made from. */
export const UNPACKED_DIR = join(MODEL_DIR, '../dist');
export const unpackedPath = (lang: string) => join(UNPACKED_DIR, `ner-${lang}.bin`);
/** Names a model file's version: its size and time (a retrained model is a new file). */
export const modelFingerprint = (path: string) => { const st = statSync(path); return `${st.size} ${st.mtimeMs}`; };

const loaded = new Map<string, NerModel | null>();

/** The shipped model for a language, read on first use (from its unpacked copy when that is of this file); null when none ships for it. */
export function nerModel(lang = 'en'): NerModel | null {
  if (!loaded.has(lang)) {
    const p = modelPath(lang);
    loaded.set(lang, existsSync(p) ? NerModel.deserialize(unpackedCopy(lang, p) ?? readFileSync(p)) : null);
  }
  return loaded.get(lang)!;
}

function unpackedCopy(lang: string, packed: string): Buffer | null {
  try {
    const copy = unpackedPath(lang);
    if (readFileSync(`${copy}.source`, 'utf8') !== modelFingerprint(packed)) return null;
    return readFileSync(copy);
  } catch { return null; } // no copy (a fresh clone before the build, a model of another language): the file itself
}
