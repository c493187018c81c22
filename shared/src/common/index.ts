export * from './verticals';
export * from './roles';
export * from './pagination';
export * from './money';
export * from './errors';
export * from './text';
