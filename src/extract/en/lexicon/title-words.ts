import { wordSet } from '../token-tests';

/**
 * The words English titles are built from, for titles the gazetteer does not list:
 * `[modifiers] head [of|for|to Complement]…` — `Parliamentary State Secretary for Economic
 * Cooperation`, `Minister of State for Foreign Affairs`, `Foreign Minister`, `Ambassador to Japan`.
 */

/** The noun a title is built on. Hyphenated forms are one token. */
export const TITLE_HEADS = wordSet(`
  president vice-president minister secretary secretary-general ambassador envoy commissioner
  governor mayor speaker chairperson chairman chairwoman chair director director-general king queen
  emir prince princess chancellor premier consul consul-general spokesperson spokesman spokeswoman
  senator counsellor attaché ceo head
`);

/** Words that may come before the head: ranks and portfolios (`Deputy`, `State`, `Foreign`). */
export const TITLE_MODIFIERS = wordSet(`
  deputy vice acting state parliamentary permanent assistant foreign prime chief executive senior
  special principal high crown first junior cabinet trade finance defence defense health education
  justice interior energy agriculture infrastructure ict environment home economy information culture
  sports tourism labour transport commerce industry security
`);

/** Prepositions that continue a title with a portfolio or a posting. */
export const TITLE_LINKS = wordSet('of for to');

/** Lower-case words that may join capitalised words inside a portfolio (`Trade and Industry`). */
export const PORTFOLIO_JOINERS = wordSet('and of for the');
