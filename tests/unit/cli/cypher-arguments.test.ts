import { parseCypherArguments } from '../../../src/cli/cypher-arguments';
import { UsageError } from '../../../src/cli/fail';

describe('npm run cypher arguments', () => {
  it('when no format is given, then the answer is a table; --format and --format= choose csv or json', () => {
    expect(parseCypherArguments(['q.cypher']).format).toBe('table');
    expect(parseCypherArguments(['q.cypher', '--format', 'csv']).format).toBe('csv');
    expect(parseCypherArguments(['--format=json', 'q.cypher']).format).toBe('json');
  });

  it('when the format is unknown, then the error names the formats', () => {
    expect(() => parseCypherArguments(['q.cypher', '--format', 'xml'])).toThrow(
      /--format is one of table, csv, json, not xml/,
    );
  });

  it('when parameters are given either way, then values that are JSON are parsed and "=" may occur in a value', () => {
    const options = parseCypherArguments([
      'RETURN $a',
      '--param',
      'a=3',
      '--param=b=["x"]',
      '--param',
      'c=k=v',
      '--example',
      '--write',
      '--full',
    ]);
    expect(options).toMatchObject({
      source: 'RETURN $a',
      parameters: { a: 3, b: ['x'], c: 'k=v' },
      example: true,
      write: true,
      full: true,
    });
  });

  it('when an option is unknown or a value is missing, then a UsageError carries the usage', () => {
    expect(() => parseCypherArguments(['q.cypher', '--fast'])).toThrow(UsageError);
    expect(() => parseCypherArguments(['q.cypher', '--param'])).toThrow(/--param needs a value/);
    expect(() => parseCypherArguments([])).toThrow(/usage: npm run cypher/);
  });
});
