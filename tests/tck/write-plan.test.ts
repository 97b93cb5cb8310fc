import { planWrites } from '../../src/graph/write/write-plan';
import { findArticleFolders, prepareArticles } from '../../src/ingest/prepare-article';
import { SEED_ARTICLE_ID } from '../support/article';

describe('write plan of the seed article', () => {
  const { prepared } = prepareArticles(findArticleFolders());
  const graph = prepared.find((article) => article.graph.articleId === SEED_ARTICLE_ID)!.graph;
  const plan = planWrites(graph);

  it('when planned, then the statements read as pinned, each with its number of rows', () => {
    expect(plan.map((statement) => `// ${statement.rows.length} rows\n${statement.query}`)).toMatchSnapshot();
  });

  it('when planned, then every relationship statement matches both ends on a constrained label', () => {
    const relationshipStatements = plan.filter((statement) => statement.query.includes('MERGE (a)-['));
    expect(relationshipStatements.length).toBeGreaterThan(0);
    for (const statement of relationshipStatements) {
      expect(statement.query).toMatch(
        /MATCH \(a:(Entity|Article|Sentence|Claim|Conflict) \{id: row\.from\}\)/,
      );
      expect(statement.query).toMatch(/MATCH \(b:(Entity|Article|Sentence|Claim|Conflict) \{id: row\.to\}\)/);
    }
  });
});
