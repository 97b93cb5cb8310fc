import type { EventFinding } from '../../../../src/extract/analysis';
import { analyse } from './support';

const roles = (event: EventFinding | undefined) =>
  Object.fromEntries((event?.participants ?? []).map((participant) => [participant.key, participant.role]));

describe('English events', () => {
  it('when a visit is not called a state or working visit, then it is a plain visit', () => {
    const [event] = analyse('The minister paid an official visit to Accra last week.').events;
    expect(event).toMatchObject({ kind: 'visit', rule: 'en.event.visit' });
  });

  it('when the text says `state visit` or `working visit`, then the visit is of that kind', () => {
    expect(analyse('Qatar’s Emir began a state visit to Ghana.').events[0]).toMatchObject({
      kind: 'state_visit',
    });
    expect(analyse('She made a working visit to Japan.').events[0]).toMatchObject({ kind: 'working_visit' });
  });

  it('when a visit has a visitor and a destination country, then they are visitor and host, and the country is its place', () => {
    const [event] = analyse('President Amina Kaboré will visit Türkiye on 26 May 2025.').events;
    expect(roles(event)).toEqual({ 'person:amina-kabore': 'visitor', 'country:turkiye': 'host' });
    expect(event!.places).toEqual([expect.objectContaining({ key: 'country:turkiye' })]);
    expect(event!.time).toMatchObject({ value: '2025-05-26' });
  });

  it('when `visited` has no place after it, then it is not a visit', () => {
    expect(analyse('The delegation visited two technical colleges.').events).toEqual([]);
  });

  it('when `arrived in` and `state visit` share a sentence, then they are one state visit', () => {
    const events = analyse('Qatar’s Emir arrived in Kigali on 3 June 2025 for a state visit.').events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'state_visit', status: { value: 'occurred' } });
    expect(roles(events[0])).toEqual({ 'country:qatar': 'visitor' });
    expect(events[0]!.places).toEqual([
      expect.objectContaining({
        key: 'place:kigali',
        evidence: expect.objectContaining({ text: 'arrived in Kigali' }),
      }),
    ]);
  });

  it('when two ministers meet, then the meeting is ministerial and both are participants', () => {
    const [event] = analyse(
      'Foreign Minister Ama Owusu met her Qatari counterpart, Ali Hamad, in Accra.',
    ).events;
    expect(event).toMatchObject({ kind: 'ministerial_meeting', rule: 'en.event.meeting.ministerial' });
    expect(roles(event)).toMatchObject({
      'person:ama-owusu': 'participant',
      'person:ali-hamad': 'participant',
      'country:qatar': 'party',
    });
    expect(event!.places[0]).toMatchObject({ key: 'place:accra', evidence: { text: 'in Accra' } });
  });

  it('when `she` opens a meeting sentence, then it points at the person named before', () => {
    const events = analyse('Minister Grace Uwera arrived in Doha. There she met business leaders.').events;
    const meeting = events.find((event) => event.kind === 'meeting');
    expect(meeting).toBeDefined();
    expect(meeting!.participants).toContainEqual(
      expect.objectContaining({
        key: 'person:grace-uwera',
        evidence: expect.objectContaining({ text: 'she' }),
      }),
    );
  });

  it('when two leaders speak by phone, then it is a phone call', () => {
    const [event] = analyse('President Amina Kaboré spoke by phone with the Emir of Qatar.').events;
    expect(event).toMatchObject({
      kind: 'phone_call',
      status: { value: 'occurred', words: { text: 'spoke by phone' } },
    });
    expect(roles(event)).toMatchObject({ 'person:amina-kabore': 'participant', 'country:qatar': 'party' });
  });

  it('when countries sign an agreement on a sector, then it is a signing with the countries as parties and the sector as topic', () => {
    const [event] = analyse('Rwanda and Ghana signed a memorandum of understanding on trade.').events;
    expect(event).toMatchObject({ kind: 'agreement_signing' });
    expect(roles(event)).toEqual({ 'country:rwanda': 'party', 'country:ghana': 'party' });
    expect(event!.topics.map((topic) => topic.key)).toEqual(['sector:trade']);
  });

  it('when `sign` has no agreement word, then it is no signing', () => {
    expect(analyse('The minister signed the visitors’ book.').events).toEqual([]);
  });

  it('when `the agreement was signed by` follows a signing, then its signatories join that signing', () => {
    const events = analyse(
      'Ghana and Qatar signed an energy agreement on 2 June 2025. The agreement was signed by President Amina Kaboré and Ambassador Ali Hamad.',
    ).events;
    expect(events).toHaveLength(1);
    expect(roles(events[0])).toMatchObject({
      'person:amina-kabore': 'participant',
      'person:ali-hamad': 'participant',
    });
  });

  it('when an ambassador presents credentials to a president, then the president is the host', () => {
    const [event] = analyse(
      'Ghana’s new ambassador, Aminata Diop, presented her credentials to President Amina Kaboré on 3 June 2025.',
    ).events;
    expect(event).toMatchObject({ kind: 'credentials_presentation', time: { value: '2025-06-03' } });
    expect(roles(event)).toEqual({
      'person:aminata-diop': 'participant',
      'country:ghana': 'party',
      'person:amina-kabore': 'host',
    });
  });

  it('when a joint communiqué is issued, then it is a joint statement with the countries as parties', () => {
    const [event] = analyse(
      'In a joint communiqué issued on 4 June 2025, Ghana and Qatar pledged to expand trade.',
    ).events;
    expect(event).toMatchObject({ kind: 'joint_statement', time: { value: '2025-06-04' } });
    expect(roles(event)).toEqual({ 'country:ghana': 'party', 'country:qatar': 'party' });
  });

  it('when a cue only refers back (`after the meeting`), then no second event is made', () => {
    const events = analyse(
      'Ama Owusu met Ali Hamad in Accra. Reporters spoke to them after the meeting.',
    ).events;
    expect(events).toHaveLength(1);
  });

  it('when the two countries established relations in a year, then that is the event and its time', () => {
    const [event] = analyse(
      'Ghana and Qatar met in Doha. Ghana hosted. The two countries established diplomatic relations in 1975.',
    ).events.filter((found) => found.kind === 'diplomatic_relations_established');
    expect(event).toMatchObject({ time: { value: '1975' }, status: { value: 'occurred' } });
    expect(roles(event)).toEqual({ 'country:ghana': 'party', 'country:qatar': 'party' });
  });

  it('when a sentence is attributed to an office, then the office is the event’s source', () => {
    const [event] = analyse(
      'Ghana and Qatar signed a trade agreement, Qatar’s Ministry of Commerce said.',
    ).events;
    expect(roles(event)).toMatchObject({ 'org:qatar-ministry-of-commerce': 'source' });
  });

  it('when a cue is inside a direct quote, then it makes no event', () => {
    expect(analyse('“Years of talks are behind us,” said Ama Owusu.').events).toEqual([]);
  });

  it('when the person before a visit `received` the visitor, then that person is the host', () => {
    const [event] = analyse(
      'President Amina Kaboré on Monday received the Prime Minister of Ethiopia, Abiy Tesfaye, who arrived in Accra for a working visit.',
    ).events;
    expect(event).toMatchObject({ kind: 'working_visit' });
    expect(roles(event)).toMatchObject({
      'person:amina-kabore': 'host',
      'person:abiy-tesfaye': 'visitor',
      'country:ethiopia': 'party',
    });
  });

  it('when one leader `will host` another, then it is a planned meeting', () => {
    const [event] = analyse(
      'Secretary of State Marco Rubio will host Rwanda’s Foreign Minister, Jean Mugabo, on 28 May 2025.',
    ).events;
    expect(event).toMatchObject({
      kind: 'ministerial_meeting',
      status: { value: 'planned', words: { text: 'will host' } },
    });
  });
});
