import { costLimitPlugin, type CostLimitOptions } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import type { Plugin } from 'graphql-yoga';
import { queryTooComplex } from '../errors';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

type RejectHandler = NonNullable<CostLimitOptions['onReject']>[number];

/**
 * graphql-armor would throw its refusal out of validation as "Syntax Error: …" with no code.
 * Reported to the validation context instead, it is a validation error like any other: Yoga
 * answers it with HTTP 400 to clients that accept application/graphql-response+json.
 */
const reportTooComplex: RejectHandler = (context, error) => {
  const refusal = queryTooComplex(error.message.replace(/^Syntax Error: /, ''));
  if (!context) throw refusal;
  context.reportError(refusal);
};

const onRejection = { onReject: [reportTooComplex], propagateOnRejection: false, exposeLimits: true };

/** Depth, alias and cost limits, checked while the operation is validated, before Neo4j is asked anything. */
export function operationLimitPlugins(limits: OperationLimits): Plugin[] {
  return [
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, ...onRejection }),
    maxAliasesPlugin({ n: limits.maxAliases, ...onRejection }),
    costLimitPlugin({ maxCost: limits.maxCost, ...onRejection }),
  ];
}
