import { seedArticleText, seedExtraction } from '../support/article';
import { drawnNodeIds, edgeOnScreen, nodeOnScreen, waitForNode } from './support/explorer-page';
import { explorerSuite } from './support/explorer-suite';

const NURTLEU = 'person:murat-nurtleu';
const ASTANA_MEETING = 'event:2025-05-26-foreign-ministers-meeting-astana';

/** The words of the seed article between two code point offsets, as the API counts them. */
function articleWords(start: number, end: number): string {
  return Array.from(seedArticleText()).slice(start, end).join('');
}

describe('the explorer in Chromium: search, graph, evidence and paths', () => {
  const suite = explorerSuite();

  it('when "Nurt" is typed, then Murat Nurtleu is offered among People and Enter draws his neighbourhood', async () => {
    const { page } = suite;
    await page.goto('/');
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Nurt');
    const option = page.getByRole('group', { name: 'People' }).getByRole('option', { name: 'Murat Nurtleu' });
    await option.waitFor();
    // Kinds are grouped, the best match's kind first: the person before his statements.
    await expect(page.getByRole('group').first().getAttribute('aria-labelledby')).resolves.toBe(
      'search-group-Person',
    );

    await search.press('ArrowDown');
    await expect(search.getAttribute('aria-activedescendant')).resolves.toBe(await option.getAttribute('id'));
    await search.press('Enter');

    await waitForNode(page, ASTANA_MEETING);
    await expect(
      page.getByRole('heading', { name: 'Neighbourhood of Murat Nurtleu' }).isVisible(),
    ).resolves.toBe(true);
    const drawn = await drawnNodeIds(page);
    expect(drawn).toEqual(
      expect.arrayContaining([
        NURTLEU,
        ASTANA_MEETING,
        'position:kazakhstan-deputy-prime-minister',
        'position:kazakhstan-minister-of-foreign-affairs',
      ]),
    );
    expect(page.url()).toContain('#/graph/person%3Amurat-nurtleu');
  });

  it('when the Astana meeting is clicked, then its sentence shows with the words that state it marked', async () => {
    const { page } = suite;
    const event = (seedExtraction()['events'] as any[]).find((item) => item.id === ASTANA_MEETING);
    await page.goto('/#/graph/person%3Amurat-nurtleu');
    await waitForNode(page, ASTANA_MEETING);
    const { x, y } = await nodeOnScreen(page, ASTANA_MEETING);
    await page.mouse.click(x, y);

    const details = page.locator('#details');
    await details.getByRole('heading', { name: event.nameEn }).waitFor();
    const sentence = details.locator('figure.sentence').first();
    const eventWords = articleWords(event.evidence[0].start, event.evidence[0].end);
    expect(await sentence.locator('blockquote').textContent()).toContain(eventWords);
    const marked = async (aspect: string) =>
      sentence.locator(`mark[data-aspect="${aspect}"]`).allTextContents();
    expect(await marked('event')).toEqual([eventWords]);
    expect(await marked('status')).toEqual([event.statusEvidence[0].text]);
    expect(await marked('time')).toEqual([event.time.text.text]);
    await expect(details.getByText('year inferred').count()).resolves.toBeGreaterThan(0);
  });

  it('when a node is double-clicked, then its own neighbourhood is added to the drawing', async () => {
    const { page } = suite;
    await page.goto('/#/graph/person%3Amurat-nurtleu');
    await waitForNode(page, ASTANA_MEETING);
    const before = (await drawnNodeIds(page)).length;
    const { x, y } = await nodeOnScreen(page, ASTANA_MEETING);
    await page.mouse.dblclick(x, y);
    await waitForNode(page, 'place:astana');
    expect((await drawnNodeIds(page)).length).toBeGreaterThan(before);
  });

  it('when a background fact is clicked, then it is marked as background knowledge with its source', async () => {
    const { page, server } = suite;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ relations(first: 1, filter: { basis: BACKGROUND }) { edges { node { id source { id } } } } }',
      }),
    });
    const fact = ((await response.json()) as any).data.relations.edges[0].node;
    await page.goto(`/#/graph/${encodeURIComponent(fact.source.id)}`);
    await waitForNode(page, fact.source.id);
    const { x, y } = await edgeOnScreen(page, fact.id);
    await page.mouse.click(x, y);
    const mark = page.locator('#details [data-basis="BACKGROUND"]');
    await mark.waitFor();
    expect(await mark.textContent()).toMatch(/Background knowledge.*Source: /);
  });

  it('when the path from Nurtleu to Kagame is asked, then its steps are drawn and named', async () => {
    const { page } = suite;
    await page.goto('/#/graph/person%3Amurat-nurtleu');
    await waitForNode(page, ASTANA_MEETING);
    await page.locator('#details').getByRole('button', { name: 'Path from here' }).click();
    await page.goto('/#/graph/person%3Apaul-kagame');
    await page.locator('#details').getByRole('heading', { name: 'Paul Kagame' }).waitFor();
    await page.locator('#details').getByRole('button', { name: 'Path to here' }).click();
    const result = page.locator('.path-result');
    await expect(result.filter({ hasText: 'steps' }).waitFor()).resolves.toBeUndefined();
    const [, steps] =
      (await result.textContent())?.match(/^(\d+) steps?: Murat Nurtleu → .* → Paul Kagame$/) ?? [];
    expect(Number(steps)).toBeGreaterThan(0);
    const onPath = await page.evaluate(() => (globalThis as any).explorer.cy.$('.path').length as number);
    expect(onPath).toBe(2 * Number(steps) + 1);

    // A new neighbourhood clears the path and its lines above the drawing, which moves up the
    // page: clicks must still land on what is under the pointer.
    await page.goto('/#/graph/place%3Aastana');
    await page.getByRole('heading', { name: 'Neighbourhood of Astana' }).waitFor();
    const { x, y } = await nodeOnScreen(page, ASTANA_MEETING);
    await page.mouse.click(x, y);
    await page
      .locator('#details')
      .getByRole('heading', { name: /in Astana$/ })
      .waitFor();
  });
});
