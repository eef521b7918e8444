import { it } from 'vitest';
import { claimAnnotator } from '../../src/analyse/claims/index.js';
import { eventAnnotator } from '../../src/analyse/events/index.js';
import { handDoc, nameOf } from '../../test/events/hand-doc.js';
import { seedDoc } from '../../test/events/seed-layers.js';
it('dbg', () => {
  for (const doc of [seedDoc(), handDoc('Moscow announced its control of Pokrovsk. Kiev rejects the narrative and accuses Russia of exaggerating.', { entities: [{ name: 'Moscow', type: 'place' }, { name: 'Kyiv', type: 'place', aliases: ['Kiev'] }, { name: 'Russia', type: 'place' }, { name: 'Pokrovsk', type: 'place' }] })]) {
  eventAnnotator.annotate(doc); claimAnnotator.annotate(doc);
  for (const c of doc.claims) console.log(nameOf(doc, c.claimant), c.stance, JSON.stringify(c.text), c.about.map(a=>nameOf(doc,a)), c.disputedBy.map(a=>nameOf(doc,a)));
  for (const e of doc.events) console.log(e.type, e.date, e.participants.map(a=>nameOf(doc,a)), e.summary.slice(0,60));
  }
});
