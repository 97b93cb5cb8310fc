import type { PlainValue } from '../db/convert';

const MAX_CELL = 80;

/** Renders rows as an aligned text table; long cells are cut unless `full`. */
export function formatTable(
  columns: readonly string[],
  rows: readonly Record<string, PlainValue>[],
  full = false,
): string {
  const cell = (value: PlainValue): string => {
    const text = value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    const flat = text.replace(/\s*\n\s*/g, ' ');
    return !full && Array.from(flat).length > MAX_CELL
      ? `${Array.from(flat)
          .slice(0, MAX_CELL - 1)
          .join('')}…`
      : flat;
  };
  const body = rows.map((row) => columns.map((column) => cell(row[column] ?? null)));
  const widths = columns.map((column, index) =>
    Math.max(Array.from(column).length, ...body.map((line) => Array.from(line[index]!).length)),
  );
  const pad = (text: string, width: number) => text + ' '.repeat(width - Array.from(text).length);
  const line = (cells: readonly string[]) =>
    `| ${cells.map((text, index) => pad(text, widths[index]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(columns), rule, ...body.map(line)].join('\n');
}
