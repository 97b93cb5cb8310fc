import { wordSet } from '../token-tests';

/**
 * Head nouns that make a capitalised phrase an organisation (`Rwanda Energy Group`, `Bank of
 * Kigali`) or an initiative (`Kigali Green City Project`), for names the gazetteer lacks.
 */
export const ORGANISATION_HEADS = wordSet(`
  agency authority board bank council commission corporation company university institute fund
  organisation organization union federation association chamber secretariat parliament senate
  assembly airways airlines police forces group college academy foundation office department directorate
`);

export const INITIATIVE_HEADS = wordSet(`
  initiative programme program project plan strategy park hub zone partnership facility compact
  corridor
`);
