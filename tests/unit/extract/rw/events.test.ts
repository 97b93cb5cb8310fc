import type { EventFinding } from '../../../../src/extract/analysis';
import { analyse } from './analyse-helper';

const roles = (event: EventFinding | undefined) => event?.participants.map((p) => [p.role, p.key]);

describe('events from their cue words', () => {
  it('when someone is expected on a visit to a country, then it is a planned visit with visitor, host, place and date', () => {
    const [visit] = analyse(
      'Perezida Amani Kayitare ategerejwe mu ruzinduko muri Ethiopia ku wa 4 Kanama 2025.',
    ).events;
    expect(visit).toMatchObject({
      kind: 'visit',
      status: { value: 'planned' },
      time: { value: '2025-08-04' },
    });
    expect(roles(visit)).toEqual([
      ['visitor', 'person:amani-kayitare'],
      ['host', 'country:ethiopia'],
    ]);
    expect(visit!.places.map((place) => [place.key, place.evidence.text])).toEqual([
      ['country:ethiopia', 'muri Ethiopia'],
    ]);
  });

  it('when the text does not say what kind of visit, then it is just a visit; when it does, then it is that kind', () => {
    expect(analyse('Minisitiri yagiriye uruzinduko i Lusaka.').events[0]!.kind).toBe('visit');
    expect(analyse('Minisitiri yagiriye uruzinduko rw’akazi i Lusaka.').events[0]!.kind).toBe(
      'working_visit',
    );
    expect(analyse('Umwami azagirira uruzinduko rwa Leta mu Rwanda.').events[0]!.kind).toBe('state_visit');
  });

  it('when a visit is to a city, then the host is the country the gazetteer puts the city in', () => {
    const [visit] = analyse('Perezida Kofi Mensah yagiriye uruzinduko i Kigali.').events;
    expect(roles(visit)).toContainEqual(['host', 'country:rwanda']);
  });

  it('when two ministers meet (`yahuye na`), then both take part, their countries are parties and it is ministerial', () => {
    const [meeting] = analyse(
      'Minisitiri w’Ubuzima wa Uganda, Grace Namutebi, yahuye na Minisitiri w’Ubuzima w’u Rwanda, Eric Mugisha, i Kampala.',
    ).events;
    expect(meeting).toMatchObject({ kind: 'ministerial_meeting', status: { value: 'occurred' } });
    expect(roles(meeting)).toEqual([
      ['participant', 'person:grace-namutebi'],
      ['participant', 'person:eric-mugisha'],
      ['party', 'country:uganda'],
      ['party', 'country:rwanda'],
    ]);
    expect(meeting!.places.map((place) => place.evidence.text)).toEqual(['i Kampala']);
  });

  it('when the next sentence carries the talks on (`Abo baminisitiri baganiriye ku …`), then its sectors are the meeting’s topics', () => {
    const { events } = analyse(
      'Minisitiri Grace Namutebi yahuye na Minisitiri Eric Mugisha. Abo baminisitiri baganiriye ku bucuruzi no ku bwikorezi.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.topics.map((topic) => [topic.key, topic.evidence.text])).toEqual([
      ['sector:trade', 'bucuruzi'],
      ['sector:transport', 'bwikorezi'],
    ]);
  });

  it('when ongoing talks follow a meeting that happened, then they are a separate event between both countries', () => {
    const { events } = analyse(
      'U Rwanda na Zambiya bakomeje ubufatanye. Minisitiri Eric Mugisha yahuye na Minisitiri Mary Banda i Lusaka. ' +
        'Ibiganiro ku masezerano y’ubucuruzi hagati y’ibihugu byombi birakomeje.',
    );
    expect(events.map((event) => [event.kind, event.status?.value])).toEqual([
      ['ministerial_meeting', 'occurred'],
      ['bilateral_talks', 'ongoing'],
    ]);
    expect(roles(events[1])).toEqual([
      ['party', 'country:rwanda'],
      ['party', 'country:zambia'],
    ]);
  });

  it('when an agreement is signed (`basinye`), then it is a signing with its parties', () => {
    const [signing] = analyse(
      'Kenya n’u Rwanda basinye amasezerano mu by’ubuhinzi hagati ya Kenya n’u Rwanda.',
    ).events;
    expect(signing).toMatchObject({ kind: 'agreement_signing', status: { value: 'occurred' } });
    expect(signing!.topics.map((topic) => topic.key)).toEqual(['sector:agriculture']);
    expect(roles(signing)).toEqual([
      ['party', 'country:kenya'],
      ['party', 'country:rwanda'],
    ]);
  });

  it('when two people speak on the phone, then it is a phone call, not talks', () => {
    const [call] = analyse(
      'Perezida Amani Kayitare yavuganye kuri telefoni na Perezida Kofi Mensah wa Ghana.',
    ).events;
    expect(call).toMatchObject({ kind: 'phone_call', cue: { text: 'yavuganye kuri telefoni' } });
    expect(roles(call)).toEqual([
      ['participant', 'person:amani-kayitare'],
      ['participant', 'person:kofi-mensah'],
      ['party', 'country:ghana'],
    ]);
  });

  it('when an ambassador hands over credentials, then it is a credentials presentation hosted by the receiving country', () => {
    const [event] = analyse(
      'Ambasaderi wa Kanada, Anne Tremblay, yashyikirije Perezida wa Repubulika y’u Rwanda impapuro zimwemerera guhagararira igihugu cye.',
    ).events;
    expect(event).toMatchObject({ kind: 'credentials_presentation', status: { value: 'occurred' } });
    expect(roles(event)).toEqual([
      ['participant', 'person:anne-tremblay'],
      ['party', 'country:canada'],
      ['host', 'country:rwanda'],
    ]);
  });

  it('when two governments issue a joint statement, then it is a joint statement', () => {
    expect(analyse('Ibihugu byombi byasohoye itangazo rihuriweho.').events[0]!.kind).toBe('joint_statement');
  });

  it('when diplomatic relations began in a year, then they are established then; without a beginning, no event', () => {
    const [relations] = analyse(
      'Umubano wa dipolomasi hagati ya Cuba n’u Rwanda watangiye mu mwaka wa 1980.',
    ).events;
    expect(relations).toMatchObject({ kind: 'diplomatic_relations_established', time: { value: '1980' } });
    expect(roles(relations)).toEqual([
      ['party', 'country:cuba'],
      ['party', 'country:rwanda'],
    ]);
    expect(analyse('Umubano wa dipolomasi hagati ya Cuba n’u Rwanda ni mwiza.').events).toEqual([]);
  });

  it('when a visit is named again (`urwo ruzinduko`) or in a quote, then it is the same visit, not a new one', () => {
    const { events } = analyse(
      'Perezida Kofi Mensah azagirira uruzinduko muri Senegali. Muri urwo ruzinduko azasura Dakar. ' +
        'Minisitiri Awa Diop yagize ati “Uruzinduko rwa Perezida Mensah ruzagenda neza.”',
    );
    expect(events.map((event) => event.kind)).toEqual(['visit']);
  });

  it('when an announcement gives the news, then its source takes part as source', () => {
    const [visit] = analyse(
      'Minisitiri Awa Diop azagirira uruzinduko i Kigali, nk’uko byatangajwe na Ambasade ya Senegali mu Rwanda.',
    ).events;
    expect(roles(visit)).toContainEqual(['source', 'org:senegal-embassy-rwanda']);
    // The embassy's country is where the embassy is, not where the visit goes.
    expect(visit!.places.map((place) => place.key)).toEqual(['place:kigali']);
  });

  it('when a conference is named (`inama ya COP30`), then it is an international conference', () => {
    const conference = analyse('Bahuriye ku ruhande rw’inama ya COP30.').events.find(
      (event) => event.kind === 'international_conference',
    );
    expect(conference).toMatchObject({ cue: { text: 'inama ya COP30' } });
  });
});
