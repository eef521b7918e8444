// The seed article with entity and time layers written by hand from its gold file (names only, no answers).
import { readFileSync } from 'node:fs';
import { SEED_TEXT } from '../support/seed.js';
import { handDoc, type HandEntity } from './hand-doc.js';

export const SEED_ENTITIES: HandEntity[] = [
  { name: 'Vladimir Putin', type: 'person', aliases: ['Putin'] },
  { name: 'Volodymyr Zelensky', type: 'person', aliases: ['Zelensky'] },
  { name: 'Donald Trump', type: 'person', aliases: ['Trump'] },
  { name: 'Yuri Ushakov', type: 'person', aliases: ['Ushakov'] },
  { name: 'Steve Witkoff', type: 'person', aliases: ['Witkoff'] },
  { name: 'Jared Kushner', type: 'person', aliases: ['Kushner'] },
  { name: 'Kirill Dmitriev', type: 'person', aliases: ['Dmitriev'] },
  { name: 'Kremlin', type: 'organization' },
  { name: 'White House', type: 'organization' },
  { name: 'Moscow', type: 'place' }, { name: 'Washington', type: 'place' },
  { name: 'Kyiv', type: 'place', aliases: ['Kiev'] }, { name: 'Donbass', type: 'place' },
  { name: 'Donetsk', type: 'place' }, { name: 'Pokrovsk', type: 'place' }, { name: 'Vovchansk', type: 'place' },
  { name: 'Ukraine', type: 'place' }, { name: 'Russia', type: 'place' },
  { name: 'United States', type: 'place', aliases: ['US'] },
];

export function seedDoc() {
  return handDoc(readFileSync(SEED_TEXT, 'utf8'), {
    published: '2025-12-04',
    entities: SEED_ENTITIES,
    times: [
      { text: 'Thursday (12/4)', value: '2025-12-04' },
      { text: 'Wednesday (12/3)', value: '2025-12-03' },
      { text: 'Tuesday (12/2)', value: '2025-12-02' },
      { text: 'On Wednesday', value: '2025-12-03' },
    ],
  });
}
