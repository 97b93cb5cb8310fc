import { h } from '../dom';

/** Words to mark, by code point offsets into the article (end exclusive), and what they support. */
export interface Highlight {
  start: number;
  end: number;
  aspect: string;
}

interface Mark {
  start: number;
  end: number;
  aspect: string;
  children: Mark[];
}

/**
 * The sentence's text with the highlights as <mark> elements. Offsets count code points, as the
 * API's do, so the text is cut as an array of code points, not UTF-16 units. A highlight inside
 * another is nested in it (the status words inside the words that state an event); one that
 * crosses another's end is cut in two there.
 */
export function markSentence(sentence: { text: string; start: number }, highlights: Highlight[]): Node[] {
  const chars = Array.from(sentence.text);
  const pending = dedupe(highlights)
    .map((highlight) => ({
      start: Math.max(0, highlight.start - sentence.start),
      end: Math.min(chars.length, highlight.end - sentence.start),
      aspect: highlight.aspect,
      children: [] as Mark[],
    }))
    .filter((mark) => mark.end > mark.start);
  return render(chars, 0, chars.length, nest(pending));
}

function nest(pending: Mark[]): Mark[] {
  const roots: Mark[] = [];
  const stack: Mark[] = [];
  pending.sort(byPosition);
  while (pending.length > 0) {
    const mark = pending.shift()!;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= mark.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && mark.end > parent.end) {
      pending.push({ ...mark, start: parent.end, children: [] });
      pending.sort(byPosition);
      mark.end = parent.end;
    }
    (parent ? parent.children : roots).push(mark);
    stack.push(mark);
  }
  return roots;
}

function render(chars: string[], from: number, to: number, marks: Mark[]): Node[] {
  const nodes: Node[] = [];
  let at = from;
  for (const mark of marks) {
    if (mark.start > at) nodes.push(document.createTextNode(chars.slice(at, mark.start).join('')));
    nodes.push(
      h(
        'mark',
        { class: `hl hl-${mark.aspect}`, 'data-aspect': mark.aspect, title: aspectLabel(mark.aspect) },
        render(chars, mark.start, mark.end, mark.children),
      ),
    );
    at = mark.end;
  }
  if (at < to) nodes.push(document.createTextNode(chars.slice(at, to).join('')));
  return nodes;
}

/** Wider first at the same start, so an outer highlight is met before what it holds. */
function byPosition(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end;
}

function dedupe(highlights: Highlight[]): Highlight[] {
  const seen = new Set<string>();
  return highlights.filter((highlight) => {
    const key = `${highlight.start}:${highlight.end}:${highlight.aspect}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const ASPECT_LABELS: Record<string, string> = {
  event: 'the words that state it',
  status: 'the words that mark its status',
  time: 'the words that give its time',
  quote: 'the words quoted',
  mention: 'where it is named',
  end: 'where the sentence names one end of the fact',
};

export function aspectLabel(aspect: string): string {
  return ASPECT_LABELS[aspect] ?? `the words that support its ${aspect}`;
}
