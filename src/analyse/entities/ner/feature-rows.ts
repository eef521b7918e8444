// The model's feature index read the ways the decoder (scorer.ts) looks features up: by template and value, the
// label-history rows of a word or shape for all labels at once, and which words can be part of a word-pair feature.
import { LABELS, N_LABELS } from './labels.js';

export const NO_ROWS = new Int32Array(N_LABELS).fill(-1);

export class FeatureRows {
  /**
   * The rows of the features "template=value" by template, then value: a new word's ~30 lookups hash its
   * strings (the word, its lower case, its affixes) once each instead of building and hashing ~30 new strings.
   */
  private byTemplate = new Map<string, Map<string, number>>();
  /** "y-1=LABEL|x" rows by x (a lower-case word or a shape: the template is shared), all labels at once */
  private histories = new Map<string, Int32Array>();
  /** the parts the model's word-pair features have on each side: a pair with a part outside cannot be a feature */
  private pairSides = new Map<string, [Set<string>, Set<string>]>();

  constructor(private index: Map<string, number>) {
    for (const [f, r] of index) {
      const eq = f.indexOf('=');
      if (eq >= 0) {
        const t = f.slice(0, eq + 1);
        let m = this.byTemplate.get(t);
        if (!m) this.byTemplate.set(t, (m = new Map()));
        m.set(f.slice(eq + 1), r);
      }
      const bar = f.indexOf('|');
      if (f.startsWith('y-1=') && bar > 0) {
        const y = LABELS.indexOf(f.slice(4, bar)), x = f.slice(bar + 1);
        let rows = this.histories.get(x);
        if (!rows) this.histories.set(x, (rows = new Int32Array(N_LABELS).fill(-1)));
        if (y >= 0) rows[y] = r;
      } else if (f.startsWith('b-1=') || f.startsWith('b+1=')) {
        const t = f.slice(0, 3);
        let sides = this.pairSides.get(t);
        if (!sides) this.pairSides.set(t, (sides = [new Set(), new Set()]));
        // a word may itself be "|": every split is a possible reading
        for (let at = f.indexOf('|', 4); at >= 0; at = f.indexOf('|', at + 1)) { sides[0].add(f.slice(4, at)); sides[1].add(f.slice(at + 1)); }
      }
    }
  }

  /** The row of a feature string, or -1. */
  row(f: string): number { return this.index.get(f) ?? -1; }

  /** row(template + value) for a template whose only "=" ends it (see byTemplate); other templates read the index. */
  rowOf(template: string, value: string): number {
    if (!template.endsWith('=')) return this.row(template + value);
    return this.byTemplate.get(template)?.get(value) ?? -1;
  }

  /** "y-1=LABEL|x" rows of x by label (-1 where the model has none). */
  history(x: string): Int32Array { return this.histories.get(x) ?? NO_ROWS; }

  /** Whether `part` is a left (0) or right (1) part of some feature of the "b-1" or "b+1" template. */
  side(template: string, side: 0 | 1, part: string): boolean { return !!this.pairSides.get(template)?.[side].has(part); }
}
