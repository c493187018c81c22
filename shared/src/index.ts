export * from './common';
export * from './auth/schema';
export * from './merchants/schema';
export * from './users/schema';
