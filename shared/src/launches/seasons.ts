export const SEASONS = ['SS', 'AW'] as const;
