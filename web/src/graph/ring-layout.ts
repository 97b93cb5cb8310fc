export interface Point {
  x: number;
  y: number;
}

/** Distance between rings, and the room each node gets on its ring (labels are up to 140 px). */
const RING_GAP = 170;
const NODE_ROOM = 110;

/**
 * Places the focus in the middle and every other node on the ring of its distance from it, as
 * the API returns a neighbourhood: nearest first. On each ring, nodes are ordered by the angle
 * of their neighbours on the ring inside, so a node sits near what it hangs from. Two nodes on
 * a ring are set 120° apart, not opposite: opposite, the edge between them would run through
 * the focus and hide its own edges. Deterministic: the same subgraph is always drawn the same.
 */
export function ringLayout(
  focus: string,
  distance: ReadonlyMap<string, number>,
  ids: readonly string[],
  neighbours: (id: string) => readonly string[],
): Map<string, Point> {
  const rings: string[][] = [];
  const farthest = Math.max(0, ...distance.values());
  for (const id of ids) {
    if (id === focus) continue;
    const ring = distance.get(id) ?? farthest + 1;
    (rings[ring] ??= []).push(id);
  }
  const positions = new Map<string, Point>([[focus, { x: 0, y: 0 }]]);
  const angles = new Map<string, number>([[focus, -Math.PI / 2]]);
  let radius = 0;
  for (const ring of rings) {
    if (!ring || ring.length === 0) continue;
    const wanted = new Map(ring.map((id) => [id, meanAngle(neighbours(id), angles)]));
    const ordered = [...ring].sort((a, b) => (wanted.get(a) ?? 10) - (wanted.get(b) ?? 10));
    radius = Math.max(radius + RING_GAP, (ordered.length * NODE_ROOM) / (2 * Math.PI));
    const step = ordered.length === 2 ? (2 * Math.PI) / 3 : (2 * Math.PI) / ordered.length;
    const first = wanted.get(ordered[0]!) ?? -Math.PI / 2;
    const start = ordered.length === 2 ? -Math.PI / 2 - step / 2 : first;
    ordered.forEach((id, index) => {
      const angle = start + index * step;
      angles.set(id, angle);
      positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return positions;
}

/** The circular mean of the placed neighbours' angles, or undefined when none is placed. */
function meanAngle(ids: readonly string[], angles: ReadonlyMap<string, number>): number | undefined {
  let sin = 0;
  let cos = 0;
  for (const id of ids) {
    const angle = angles.get(id);
    if (angle === undefined) continue;
    sin += Math.sin(angle);
    cos += Math.cos(angle);
  }
  return sin === 0 && cos === 0 ? undefined : Math.atan2(sin, cos);
}
