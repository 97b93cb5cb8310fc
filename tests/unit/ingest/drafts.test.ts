import { readArticleFolder } from '../../../src/ingest/article-folder';
import { toGraph } from '../../../src/ingest/to-graph/index';
import { validateExtraction } from '../../../src/ingest/validate-extraction';
import { SEED_ARTICLE_FOLDER, seedExtraction } from '../../support/article';

const draft = { review: 'draft', rule: 'test.rule', confidence: 0.6 };

/** The seed extraction with some items marked as drafts, validated with or without drafts. */
function validate(edit: (extraction: Record<string, any>) => void, includeDrafts = false) {
  const { source } = readArticleFolder(SEED_ARTICLE_FOLDER);
  const extraction = seedExtraction() as Record<string, any>;
  edit(extraction);
  return {
    ...validateExtraction(extraction, source!, 'extraction.yaml', { includeDrafts }),
    source: source!,
  };
}

describe('drafted items on load', () => {
  it('when an item is a draft, then by default it and every link to it are left out and counted', () => {
    const { valid, problems } = validate((e) => {
      Object.assign(
        e.places.find((p: { id: string }) => p.id === 'place:astana'),
        draft,
      );
    });
    expect(problems).toEqual([]);
    expect(valid?.draftsLeftOut).toBe(1);
    expect(valid?.kinds.has('place:astana')).toBe(false);
    const places = valid!.extraction.events.flatMap((event) => event.places ?? []).map((p) => p.place);
    expect(places).not.toContain('place:astana');
  });

  it('when a reviewed statement refers to a drafted speaker, then the problem says to review the speaker', () => {
    const { problems } = validate((e) => {
      Object.assign(
        e.people.find((p: { id: string }) => p.id === 'person:murat-nurtleu'),
        draft,
      );
    });
    expect(problems.map((p) => p.path)).toContain('statements.0.speaker');
    expect(problems.find((p) => p.path === 'statements.0.speaker')?.reason).toMatch(
      /refers to person:murat-nurtleu, which is still a draft/,
    );
  });

  it('when drafts are included, then their facts carry basis extracted with confidence and rule', () => {
    const { valid, source } = validate((e) => {
      const meeting = e.events.find((event: { participants?: unknown[] }) => event.participants?.length);
      Object.assign(meeting.participants[0], { ...draft, confidence: 0.4 });
    }, true);
    expect(valid?.draftsLeftOut).toBe(0);
    const graph = toGraph(source, valid!);
    const extracted = graph.relationships.filter((r) => r.properties['basis'] === 'extracted');
    expect(extracted).toHaveLength(1);
    expect(extracted[0]?.type).toBe('PARTICIPANT_IN');
    expect(extracted[0]?.properties['rule']).toBe('test.rule');
    expect(extracted[0]?.properties['confidence']).toEqual({ value: 0.4 });
    expect(extracted[0]?.evidence?.length).toBeGreaterThan(0);
  });

  it('when a drafted entity is included, then its node carries the review mark', () => {
    const { valid, source } = validate((e) => Object.assign(e.sectors[0], draft), true);
    const node = toGraph(source, valid!).nodes.find((n) => n.id === valid!.extraction.sectors[0]!.id);
    expect(node?.properties['review']).toBe('draft');
    expect(node?.properties['rule']).toBe('test.rule');
  });

  it('when a draft lacks its rule or confidence, then the problem names what is missing', () => {
    const { problems } = validate((e) => Object.assign(e.sectors[0], { review: 'draft' }), true);
    expect(problems).toEqual([
      { file: 'extraction.yaml', path: 'sectors.0.rule', reason: 'a draft needs its rule' },
      { file: 'extraction.yaml', path: 'sectors.0.confidence', reason: 'a draft needs its confidence' },
    ]);
  });

  it('when an item is marked reviewed, then it loads like a curated one', () => {
    const { valid } = validate((e) => Object.assign(e.sectors[0], { ...draft, review: 'reviewed' }));
    expect(valid?.draftsLeftOut).toBe(0);
    expect(valid?.kinds.has(valid!.extraction.sectors[0]!.id)).toBe(true);
  });
});
