import {
  createDraftInput,
  deleteDraftInput,
  deleteDraftOutput,
  diffOutput,
  perkMerchantListInput,
  perkMerchantListOutput,
  programmeInput,
  programmeOutput,
  programmeVersion,
  publishInput,
  saveDraftInput,
  versionByNumberInput,
  versionDiffInput,
  versionListInput,
  versionListOutput,
} from '@console/shared';
import type { AppRouter } from '@console/bff/router';
import { TRPCError } from '@trpc/server';
import { mock, type MockImpl } from '../trpc';

/**
 * Member perks have no hand-written mock: mock mode will run the bff's own router (issue "One implementation").
 * Until then these declarations only keep the mock router's type whole; every call answers NOT_IMPLEMENTED.
 */
const none = (): never => {
  throw new TRPCError({ code: 'NOT_IMPLEMENTED', message: 'errors.server' });
};

export const perksMocks = {
  programme: mock.authed.query(programmeInput, programmeOutput, none),
  versions: mock.authed.query(versionListInput, versionListOutput, none),
  version: mock.authed.query(versionByNumberInput, programmeVersion, none),
  diff: mock.authed.query(versionDiffInput, diffOutput, none),
  merchants: mock.manager.query(perkMerchantListInput, perkMerchantListOutput, none),
  createDraft: mock.operator.mutation(createDraftInput, programmeVersion, none),
  saveDraft: mock.operator.mutation(saveDraftInput, programmeVersion, none),
  deleteDraft: mock.operator.mutation(deleteDraftInput, deleteDraftOutput, none),
  publish: mock.operator.mutation(publishInput, programmeVersion, none),
} satisfies MockImpl<AppRouter>['perks'];
