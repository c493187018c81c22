/** Names the tarball of the migrated, seeded PGlite the component tests' databases are copied from. */
export const MOCK_TEMPLATE_ENV = 'CONSOLE_MOCK_TEMPLATE';
/** The variable naming the tarball of one world (`demo`, `empty`). */
export const templateEnvOf = (world: string) => (world === 'demo' ? MOCK_TEMPLATE_ENV : `${MOCK_TEMPLATE_ENV}_${world.toUpperCase()}`);
