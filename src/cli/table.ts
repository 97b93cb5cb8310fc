const MAX_CELL = 80;

export interface Table {
  text: string;
  /** How many cells were cut to MAX_CELL characters (ending in …). */
  shortened: number;
}

/** Renders rows of cell texts as an aligned table; long cells are cut unless `full`, and counted. */
export function formatTable(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  full = false,
): Table {
  let shortened = 0;
  const cell = (text: string): string => {
    const flat = Array.from(text.replace(/\s*\n\s*/g, ' '));
    if (full || flat.length <= MAX_CELL) return flat.join('');
    shortened++;
    return `${flat.slice(0, MAX_CELL - 1).join('')}…`;
  };
  const body = rows.map((line) => columns.map((_, index) => cell(line[index] ?? '')));
  const widths = columns.map((column, index) =>
    Math.max(Array.from(column).length, ...body.map((line) => Array.from(line[index]!).length)),
  );
  const pad = (text: string, width: number) => text + ' '.repeat(width - Array.from(text).length);
  const line = (cells: readonly string[]) =>
    `| ${cells.map((text, index) => pad(text, widths[index]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return { text: [line(columns), rule, ...body.map(line)].join('\n'), shortened };
}

export const TABLE_CELL_LIMIT = MAX_CELL;
