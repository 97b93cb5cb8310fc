import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/**
 * Synthetic English articles shaped like the model, for load benchmarks: each reports one of a
 * pool of meetings between a Rwandan and a foreign minister, so every meeting is told by about
 * three articles of different outlets and dates, and people recur across articles. Written to a
 * folder of the caller's (never data/articles).
 */
const COUNTRIES = [
  'Ghana',
  'Kenya',
  'Japan',
  'Brazil',
  'Qatar',
  'Germany',
  'India',
  'Egypt',
  'Morocco',
  'Senegal',
];
const GIVEN = [
  'Amina',
  'Kofi',
  'Yuki',
  'Lucas',
  'Omar',
  'Lena',
  'Ravi',
  'Nadia',
  'Samir',
  'Awa',
  'Eric',
  'Grace',
];
const FAMILY = [
  'Mensah',
  'Otieno',
  'Sato',
  'Silva',
  'Haddad',
  'Weber',
  'Rao',
  'Farouk',
  'Alaoui',
  'Diop',
  'Kamanzi',
  'Uwase',
];
const SECTORS = [
  'trade',
  'transport',
  'energy',
  'health',
  'education',
  'agriculture',
  'tourism',
  'technology',
];
const OUTLETS = ['Outlet One', 'Outlet Two', 'Outlet Three', 'Outlet Four', 'Outlet Five'];
const MONTHS = Array.from({ length: 12 }, (_, month) =>
  new Date(Date.UTC(2025, month, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
);

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function spanOf(text: string, needle: string, from = 0) {
  const start = Array.from(text.slice(0, text.indexOf(needle, from))).length;
  return { start, end: start + Array.from(needle).length, text: needle };
}

export function writeSyntheticArticles(root: string, count: number): string[] {
  fs.mkdirSync(root, { recursive: true });
  const meetings = Math.max(1, Math.floor(count / 3));
  const folders: string[] = [];
  for (let index = 0; index < count; index++) {
    const meeting = index % meetings;
    const country = COUNTRIES[meeting % COUNTRIES.length]!;
    const host = `${GIVEN[meeting % GIVEN.length]} ${FAMILY[(meeting * 7) % FAMILY.length]}`;
    const guest = `${GIVEN[(meeting + 5) % GIVEN.length]} ${FAMILY[(meeting * 5 + 3) % FAMILY.length]} ${meeting}`;
    const month = meeting % 12;
    const day = (meeting % 27) + 1;
    const sectors = [SECTORS[meeting % SECTORS.length]!, SECTORS[(meeting + 3) % SECTORS.length]!];
    const date = `${day} ${MONTHS[month]} 2025`;
    const iso = `2025-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const published = `2025-${String(month + 1).padStart(2, '0')}-${String(Math.min(28, day + 1 + Math.floor(index / meetings))).padStart(2, '0')}`;
    const text =
      `On ${date}, Rwanda’s Foreign Minister ${host} met ${guest}, the Foreign Minister of ${country}, in Kigali.\n` +
      `The two ministers discussed ${sectors[0]} and ${sectors[1]}.\n`;
    const id = `bench-${String(index).padStart(5, '0')}`;
    const countryId = `country:${slug(country)}`;
    const hostId = `person:${slug(host)}`;
    const guestId = `person:${slug(guest)}`;
    const eventId = `event:${iso}-meeting-${slug(country)}`;
    const relationId = `relation:${[slug(country), 'rwanda'].sort().join('--')}`;
    const sentence1End = text.indexOf('\n');
    const extraction = {
      article: id,
      countries: [
        { id: 'country:rwanda', name: 'Rwanda', nameEn: 'Rwanda', mentions: [spanOf(text, 'Rwanda')] },
        { id: countryId, name: country, nameEn: country, mentions: [spanOf(text, country)] },
      ],
      people: [
        { id: hostId, name: host, nameEn: host, mentions: [spanOf(text, host)] },
        { id: guestId, name: guest, nameEn: guest, mentions: [spanOf(text, guest)] },
      ],
      organizations: [],
      places: [
        {
          id: 'place:kigali',
          kind: 'city',
          name: 'Kigali',
          nameEn: 'Kigali',
          mentions: [spanOf(text, 'Kigali')],
        },
      ],
      initiatives: [],
      sectors: sectors.map((sector) => ({
        id: `sector:${sector}`,
        name: sector,
        nameEn: sector,
        mentions: [spanOf(text, sector, sentence1End)],
      })),
      positions: [],
      events: [
        {
          id: eventId,
          kind: 'meeting',
          name: 'met',
          nameEn: `Meeting of the foreign ministers of Rwanda and ${country}`,
          status: 'occurred',
          statusEvidence: [spanOf(text, 'met')],
          time: { text: spanOf(text, date), value: iso, precision: 'day', yearInferred: false },
          evidence: [spanOf(text, text.slice(0, sentence1End))],
          participants: [
            { actor: hostId, role: 'participant', evidence: [spanOf(text, host)] },
            { actor: guestId, role: 'participant', evidence: [spanOf(text, guest)] },
          ],
          places: [{ place: 'place:kigali', evidence: [spanOf(text, 'in Kigali')] }],
          topics: sectors.map((sector) => ({
            topic: `sector:${sector}`,
            evidence: [spanOf(text, sector, sentence1End)],
          })),
        },
      ],
      relations: [
        {
          id: relationId,
          countries: ['country:rwanda', countryId],
          name: `Rwanda–${country} relations`,
          nameEn: `Rwanda–${country} relations`,
          evidence: [spanOf(text, text.slice(0, sentence1End))],
          events: [eventId],
        },
      ],
    };
    const folder = path.join(root, id);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'article.en.txt'), text);
    fs.writeFileSync(
      path.join(folder, 'meta.yaml'),
      stringify({
        id,
        language: 'en',
        textFile: 'article.en.txt',
        title: `Ministers of Rwanda and ${country} meet`,
        titleBasis: 'derived',
        publishedOn: published,
        outlet: OUTLETS[index % OUTLETS.length],
        author: null,
        url: null,
      }),
    );
    fs.writeFileSync(path.join(folder, 'extraction.yaml'), stringify(extraction));
    folders.push(folder);
  }
  return folders;
}
