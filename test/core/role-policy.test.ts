import {
  ForbiddenError,
  ValidationError,
  createRolePolicy,
  defaultRoles,
  describeRoles,
  describedActions,
  snapshotFromRecords,
  type Snapshot,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { identities, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { policyVerdict } from './fixtures.js';

// The role table's own rules: layering, validation and how rules combine. Which role may do what
// on which entity is pinned by the hand-written table in test/adapters/policy-property.node.test.ts.

const snapshot: Snapshot = snapshotFromRecords(scopedTenant, 1, scopedRecords);
const now = '2026-11-23T02:00:00.000Z';
const actorOf = (who: keyof typeof identities) => ({ ...identities[who], roles: [...identities[who].roles] });

function ask(policy: ReturnType<typeof createRolePolicy>, who: keyof typeof identities, type: string, input: unknown) {
  return policyVerdict(policy, snapshot, type, input, { actor: actorOf(who), now });
}

describe('role policy', () => {
  it('validates the default table and refuses a bad rule with a typed error naming its path', () => {
    expect(() => createRolePolicy()).not.toThrow();
    const bad = () =>
      createRolePolicy({
        layer: {
          auditor: { rules: [{ action: 'org.teleport', subject: 'orgs', reason: { 'zh-CN': '审计', en: 'audit' } }] },
        },
      });
    expect(bad).toThrow(ValidationError);
    try {
      bad();
    } catch (error) {
      expect(error).toMatchObject({ field: 'layer.auditor.rules.0.action' });
      expect((error as ValidationError).text['zh-CN']).toContain('layer.auditor.rules.0.action');
    }
    expect(() =>
      createRolePolicy({
        // A portal's JSON is not typed: what the compiler would refuse, the schema refuses at run time.
        layer: JSON.parse(
          '{"auditor":{"rules":[{"action":"read","subject":"complaints","reason":{"zh-CN":"x","en":"x"}}]}}',
        ),
      }),
    ).toThrow(expect.objectContaining({ field: 'layer.auditor.rules.0.subject' }));
    expect(() =>
      createRolePolicy({
        layer: JSON.parse('{"auditor":{"rules":[{"action":"read","subject":"orgs","reason":{"zh-CN":"x"}}]}}'),
      }),
    ).toThrow(ValidationError);
  });

  it("layers a portal's own role, and adds to or replaces a default role", () => {
    const policy = createRolePolicy({
      layer: {
        recorder: {
          label: { 'zh-CN': '组织员', en: 'Recorder' },
          rules: [
            {
              action: 'meeting.record',
              subject: 'all',
              conditions: { scope: 'subtree' },
              reason: { 'zh-CN': '记录会议', en: 'records meetings' },
            },
          ],
        },
        resident: { replace: true, rules: [] },
      },
    });
    expect(Object.keys(policy.roles)).toEqual([...Object.keys(defaultRoles), 'recorder']);
    expect(policy.roles['resident']!.rules).toEqual([]);
    expect(policy.roles['branchSecretary']).toEqual(defaultRoles['branchSecretary']);
  });

  it('never lets a wildcard grant personal data: member.* does not cover member.disclose', () => {
    const policy = createRolePolicy();
    const refusal = ask(policy, 'communityCommittee', 'member.disclose', {
      id: 'd1',
      memberId: 'm1',
      field: 'phone',
      reason: '联系',
    });
    expect(refusal).toBeInstanceOf(ForbiddenError);
    expect(refusal).toMatchObject({ rule: { id: 'policy.noGrant' } });
  });

  it('lets a prohibition win over a grant, with its reason in both languages', () => {
    const policy = createRolePolicy({
      layer: {
        branchSecretary: {
          rules: [
            {
              id: 'portal.noRenames',
              action: 'org.rename',
              subject: 'orgs',
              inverted: true,
              reason: { 'zh-CN': '名称由街道统一管理', en: 'names are managed by the street' },
            },
          ],
        },
      },
    });
    const refusal = ask(policy, 'branchSecretary', 'org.rename', { orgId: 'g1', name: '新名' });
    expect(refusal).toMatchObject({ rule: { id: 'portal.noRenames' }, subject: { collection: 'orgs', id: 'g1' } });
    expect(refusal?.text['zh-CN']).toContain('名称由街道统一管理');
    expect(refusal?.text.en).toContain('names are managed by the street');
  });

  it('holds a fields rule to its fields: a member changes their own phone, not their own name', () => {
    const policy = createRolePolicy();
    expect(ask(policy, 'member', 'member.update', { memberId: 'm2', phone: '13900001234' })).toBeUndefined();
    const name = ask(policy, 'member', 'member.update', { memberId: 'm2', name: '改名' });
    expect(name).toMatchObject({ kind: 'forbidden', field: 'name', subject: { collection: 'members', id: 'm2' } });
    expect(ask(policy, 'member', 'member.update', { memberId: 'm1', phone: '13900001234' })).toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('grants nothing to an actor without a known role, and nothing to a scoped role without its org', () => {
    const policy = createRolePolicy();
    const ctx = { actor: { id: 'nobody', roles: ['janitor'] }, now };
    expect(policy.authorize({ ctx, command: 'org.rename', input: {}, snapshot })).toMatchObject({
      rule: { id: 'policy.noGrant' },
    });
    const unscoped = { actor: { id: 'sec', roles: ['branchSecretary'] }, now };
    const subject = { collection: 'orgs', id: 'g1' };
    expect(policy.authorize({ ctx: unscoped, command: 'org.rename', input: {}, snapshot, subject })).toBeInstanceOf(
      ForbiddenError,
    );
    expect(policy.canRead(unscoped.actor, snapshot, 'members', snapshot.members.get('m1')!)).toBe(false);
  });

  it('keeps reads inside the subtree and the audit log to the roles that may read it', () => {
    const policy = createRolePolicy();
    const m3 = snapshot.members.get('m3')!;
    expect(policy.canRead(actorOf('branchSecretary'), snapshot, 'members', m3)).toBe(false);
    expect(policy.canRead(actorOf('communityCommittee'), snapshot, 'members', m3)).toBe(true);
    expect(policy.canRead(actorOf('streetAdmin'), snapshot, 'audit')).toBe(true);
    expect(policy.canRead(actorOf('branchSecretary'), snapshot, 'audit')).toBe(false);
    expect(policy.canUnmask(actorOf('districtAdmin'), snapshot, m3, 'idNumber')).toBe(true);
    expect(policy.canUnmask(actorOf('streetAdmin'), snapshot, m3, 'idNumber')).toBe(false);
  });

  it('is plain data: the default table round-trips through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(defaultRoles))).toEqual(defaultRoles);
  });
});

describe('describeRoles: the "who may do what" table', () => {
  const cells = describeRoles(defaultRoles);
  const cell = (role: string, action: string) => cells.find((each) => each.role === role && each.action === action)!;

  it('has a cell for every role and every action, read and unmask included', () => {
    expect(cells).toHaveLength(Object.keys(defaultRoles).length * describedActions.length);
    expect(describedActions).toContain('member.disclose');
  });

  it('lists grants with scope and fields, prohibitions with their reason', () => {
    expect(cell('branchSecretary', 'org.dissolve').prohibitions.map((line) => line.ruleId)).toEqual([
      'branchSecretary.noReorganising',
    ]);
    expect(cell('member', 'member.update').grants).toEqual([
      expect.objectContaining({ ruleId: 'member.ownDetails', scope: 'self', fields: ['phone', 'residence', 'skills'] }),
    ]);
    expect(cell('branchSecretary', 'member.disclose').grants).toEqual([
      expect.objectContaining({ scope: 'subtree', fields: ['phone'] }),
    ]);
    const unmaskers = Object.keys(defaultRoles).filter((role) => cell(role, 'unmask').grants.length > 0);
    expect(unmaskers).toEqual(['districtAdmin']);
    expect(cell('resident', 'org.move')).toMatchObject({ grants: [], prohibitions: [] });
  });
});
