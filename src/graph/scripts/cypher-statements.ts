/**
 * Splits a Cypher script into statements at semicolons outside strings, quoted names and
 * comments, the way cypher-shell reads a file. Comments are kept with the statement they precede.
 */
export function splitCypherStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let quote: string | null = null;
  let lineComment = false;
  let blockComment = false;
  for (let index = 0; index < script.length; index++) {
    const char = script[index]!;
    const next = script[index + 1];
    current += char;
    if (lineComment) {
      if (char === '\n') lineComment = false;
    } else if (blockComment) {
      if (char === '*' && next === '/') {
        current += next;
        index++;
        blockComment = false;
      }
    } else if (quote !== null) {
      if (char === '\\' && quote !== '`') {
        current += next ?? '';
        index++;
      } else if (char === quote) {
        quote = null;
      }
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
    } else if (char === '/' && next === '/') {
      lineComment = true;
    } else if (char === '/' && next === '*') {
      blockComment = true;
    } else if (char === ';') {
      pushStatement(statements, current.slice(0, -1));
      current = '';
    }
  }
  pushStatement(statements, current);
  return statements;
}

/** Keeps a statement unless it is only white space and comments. */
function pushStatement(statements: string[], text: string): void {
  const withoutComments = text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim();
  if (withoutComments !== '') statements.push(text.trim());
}
