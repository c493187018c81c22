import type { CampaignListInput, LaunchListInput, MerchantListInput, RankingInput, ReviewQueueInput, SetRoleInput, userListInput } from '@console/shared';
import type { z } from 'zod';
import { listEntry, type ResourceRegistry } from './data';
import { trpc } from './trpc';

/**
 * Resource → procedures. A new domain (launches, review queue, notifications…) adds one entry here,
 * one resource in `App.tsx` and one line per role in `access.ts`.
 */
export const resourceRegistry = {
  merchants: {
    list: listEntry<MerchantListInput>({
      filters: { vertical: 'array', crossBorder: 'boolean', serviceTier: 'array', q: 'string' },
      sortFields: ['name', 'createdAt', 'violationPoints', 'dsrService'],
      call: (input) => trpc.merchants.list.query(input),
    }),
    getOne: (id) => trpc.merchants.byId.query({ id }),
  },
  users: {
    list: listEntry<z.input<typeof userListInput>>({
      filters: { role: 'array', q: 'string' },
      sortFields: ['username', 'createdAt', 'role'],
      call: (input) => trpc.users.list.query(input),
    }),
    update: (id, variables) => trpc.users.setRole.mutate({ ...(variables as Omit<SetRoleInput, 'userId'>), userId: id } as SetRoleInput),
  },
  /** The operator's own seasonal launches. */
  launches: {
    list: listEntry<LaunchListInput>({
      filters: { state: 'array', season: 'string', year: 'number', q: 'string' },
      sortFields: ['updatedAt', 'createdAt', 'launchDate', 'submittedAt', 'title'],
      call: (input) => trpc.launches.list.query(input),
    }),
    getOne: (id) => trpc.launches.byId.query({ id }),
  },
  /** The operator's own campaign applications (Brand Day, 618 / Double 11). */
  campaigns: {
    list: listEntry<CampaignListInput>({
      filters: { state: 'array', kind: 'array', q: 'string' },
      sortFields: ['updatedAt', 'createdAt', 'submittedAt', 'title'],
      call: (input) => trpc.campaigns.list.query(input),
    }),
    getOne: (id) => trpc.campaigns.byId.query({ id }),
  },
  /** A manager's review queue: their verticals only, oldest submission first. */
  reviews: {
    list: listEntry<ReviewQueueInput>({
      filters: {
        kind: 'array',
        state: 'array',
        merchantId: 'string',
        vertical: 'array',
        submittedFrom: 'string',
        submittedTo: 'string',
        overdue: 'boolean',
        claimedByMe: 'boolean',
        q: 'string',
      },
      sortFields: ['submittedAt'],
      call: (input) => trpc.review.queue.query(input),
    }),
    getOne: (id) => trpc.review.get.query({ id }),
  },
  /** A manager's service ranking: their verticals only, by tier and the last closed week's figures. */
  serviceRanking: {
    list: listEntry<RankingInput>({
      filters: { vertical: 'array', tier: 'array', q: 'string' },
      sortFields: ['tier', 'coverage', 'rate30s', 'satisfaction', 'conversations', 'name'],
      call: (input) => trpc.service.ranking.query(input),
    }),
  },
} satisfies ResourceRegistry;

export type ResourceName = keyof typeof resourceRegistry;
