// Every table of the bff, for drizzle-kit and for the typed client.
export * from '../merchants/table';
export * from '../auth/table';
export * from '../audit/table';
export * from '../calendar/table';
export * from '../review/table';
export * from '../launches/table';
export * from '../campaigns/table';
export * from '../notifications/table';
export * from '../perks/table';
export * from '../service/table';
export * from '../jobs/table';
