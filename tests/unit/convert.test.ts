import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/db/convert';

describe('toPlain', () => {
  it('when an integer is in the safe range, then it becomes a number', () => {
    expect(toPlain(neo4j.int(2012))).toBe(2012);
  });

  it('when an integer is beyond 2^53, then it becomes a decimal string with every digit', () => {
    expect(toPlain(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
  });

  it.each([
    ['0', 0],
    ['-1', -1],
    ['2147483648', 2147483648],
    ['-4294967296', -4294967296],
    ['9007199254740991', 9007199254740991],
    ['-9007199254740991', -9007199254740991],
    ['9007199254740992', '9007199254740992'],
    ['-9007199254740992', '-9007199254740992'],
    ['9007199254740993', '9007199254740993'],
    ['-9223372036854775808', '-9223372036854775808'],
  ])('when the integer is %s, then it becomes %j', (digits, plain) => {
    expect(toPlain(neo4j.int(digits))).toBe(plain);
  });

  it('when values are temporal, then they become ISO 8601 strings', () => {
    expect(toPlain(new neo4j.types.Date(2024, 12, 5))).toBe('2024-12-05');
    expect(toPlain(new neo4j.types.DateTime(2025, 5, 26, 9, 30, 0, 0, 0))).toBe('2025-05-26T09:30:00Z');
    expect(toPlain(new neo4j.types.Duration(0, 2, 0, 0))).toBe('P0M2DT0S');
  });

  it('when values nest in lists and maps, then every level is converted', () => {
    expect(
      toPlain({ years: [neo4j.int(2012), neo4j.int(2023)], meta: { day: neo4j.int(26), ok: true } }),
    ).toEqual({ years: [2012, 2023], meta: { day: 26, ok: true } });
  });

  it('when a value is a node, then it keeps its element id, labels and converted properties', () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ['Country'],
      { name: 'Rwanda', since: neo4j.int(2012) },
      '4:x:1',
    );
    expect(toPlain(node)).toEqual({
      elementId: '4:x:1',
      labels: ['Country'],
      properties: { name: 'Rwanda', since: 2012 },
    });
  });

  it('when a value is undefined, then it becomes null', () => {
    expect(toPlain(undefined)).toBeNull();
  });
});
