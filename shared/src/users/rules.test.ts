import { describe, expect, it } from 'vitest';
import { roleChangeIssues } from './rules';

describe('roleChangeIssues', () => {
  it('an admin may keep their own admin role, and change anyone else’s', () => {
    expect(roleChangeIssues('u_admin', { userId: 'u_admin', role: 'admin' })).toBeNull();
    expect(roleChangeIssues('u_admin', { userId: 'u_other', role: 'manager', verticals: ['home'] })).toBeNull();
  });
  it('an admin may not take away their own admin role', () => {
    expect(roleChangeIssues('u_admin', { userId: 'u_admin', role: 'manager', verticals: ['home'] })).toEqual({ role: ['users.cannotDemoteSelf'] });
    expect(roleChangeIssues('u_admin', { userId: 'u_admin', role: 'operator', merchantId: 'm_1' })).toEqual({ role: ['users.cannotDemoteSelf'] });
  });
});
