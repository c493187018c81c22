import { z } from 'zod';
import { VERTICALS } from './vertical-list';

/** The five verticals (行业) of the platform; every merchant is in exactly one. */
export { VERTICALS };
export const vertical = z.enum(VERTICALS);
export type Vertical = z.infer<typeof vertical>;
