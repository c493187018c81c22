/** Names the tarball of the migrated, seeded PGlite the component tests' databases are copied from. */
export const MOCK_TEMPLATE_ENV = 'CONSOLE_MOCK_TEMPLATE';
