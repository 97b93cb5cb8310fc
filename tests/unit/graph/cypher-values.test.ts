import neo4j from 'neo4j-driver';
import { toCypherLiteral, toParameter } from '../../../src/graph/write/cypher-values';
import { CalendarDate } from '../../../src/graph/model/graph-document';

describe('toCypherLiteral', () => {
  it('when a string has quotes, backslashes and new lines, then it is escaped for Cypher', () => {
    expect(toCypherLiteral("it's a \\ path\nnext")).toBe("'it\\'s a \\\\ path\\nnext'");
  });

  it('when values nest, then maps, lists, dates, integers and booleans render as literals', () => {
    expect(
      toCypherLiteral({
        id: 'x',
        years: [2012, 2023],
        on: new CalendarDate('2024-12-01'),
        ok: true,
        'odd key': null,
      }),
    ).toBe("{id: 'x', years: [2012, 2023], on: date('2024-12-01'), ok: true, `odd key`: null}");
  });

  it('when a number is not whole, then it is refused rather than stored as a float', () => {
    expect(() => toCypherLiteral(1.5)).toThrow(/not a whole number/);
  });
});

describe('toParameter', () => {
  it('when given numbers and dates, then they become Neo4j integers and dates', () => {
    const converted = toParameter({ index: 3, on: new CalendarDate('2025-05-26') }) as {
      index: unknown;
      on: unknown;
    };
    expect(neo4j.isInt(converted.index)).toBe(true);
    expect(neo4j.isDate(converted.on)).toBe(true);
    expect(String(converted.on)).toBe('2025-05-26');
  });
});
