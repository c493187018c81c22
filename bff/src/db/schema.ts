// Every table of the bff, for drizzle-kit and for the typed client.
export * from '../merchants/table';
export * from '../auth/table';
export * from '../audit/table';
