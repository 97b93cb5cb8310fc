/** The model of the graph: its kinds of node, its relationship types, and the document a load writes. */
export * from './node-kinds';
export * from './relationship-types';
export * from './graph-document';
