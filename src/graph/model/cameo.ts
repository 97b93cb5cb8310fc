/**
 * CAMEO event codes used by this graph, with their names in the CAMEO codebook, so interaction
 * events line up with GDELT-style event data.
 */
export const CAMEO_LABELS: Readonly<Record<string, string>> = {
  '036': 'Express intent to meet or negotiate',
  '040': 'Consult, not specified below',
  '041': 'Discuss by telephone',
  '042': 'Make a visit',
  '043': 'Host a visit',
  '044': 'Meet at a third location',
  '046': 'Engage in negotiation',
  '057': 'Sign formal agreement',
};

export function cameoLabel(code: string): string {
  const label = CAMEO_LABELS[code];
  if (label === undefined) throw new Error(`CAMEO code ${code} has no label in src/graph/cameo.ts`);
  return label;
}
