// The law as data, in one place: instruments, kinds of request, grounds, the governing instrument,
// citations, required contents and deadlines. Rules, hovers, completion, skeletons, the code lens,
// `explain`, the docs and the renderer read it; none of them spells out an article or a kind.

export * from './instruments';
export * from './kinds';
export * from './grounds';
export * from './cite';
export * from './governing';
export * from './assess';
export * from './contents';
export * from './deadlines';
export * from './letter';
export * from './shared';
