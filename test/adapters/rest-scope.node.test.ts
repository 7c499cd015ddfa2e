import { createMemoryStore } from '@dangjian/adapters/memory';
import { ForbiddenError, seedTenant, verifyAudit, type Store } from '@dangjian/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { identities, scopedAt, scopedMembers, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { credentials, testHandler, type TestIdentity } from './targets/rest-server.js';

// Reads are scoped and masked on the server: what leaves it is checked in the raw HTTP bodies,
// not through a client that might filter for us.

const tenant = scopedTenant;
const as = (who: keyof typeof identities): TestIdentity => ({ tenant, ...identities[who] });
const idNumberShape = /\d{17}[\dX]/;
const phoneShape = /1[3-9]\d{9}/;

describe('REST handler: scoped and masked reads', () => {
  let store: Store;
  const get = async (who: TestIdentity, path = `/tenants/${tenant}/state`) => {
    const response = await testHandler(store)(
      new Request(`http://dangjian.test/api${path}`, { headers: credentials(who) }),
    );
    return { status: response.status, text: await response.text() };
  };
  const post = async (who: TestIdentity, body: unknown) => {
    const response = await testHandler(store)(
      new Request(`http://dangjian.test/api/tenants/${tenant}/commands`, {
        method: 'POST',
        headers: { ...credentials(who), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );
    return { status: response.status, text: await response.text() };
  };

  beforeEach(async () => {
    store = createMemoryStore();
    await seedTenant(store, tenant, scopedRecords, { actorId: 'seed', at: scopedAt });
  });

  it("never sends a branch secretary another branch's members, and masks its own", async () => {
    const { status, text } = await get(as('branchSecretary'));
    expect(status).toBe(200);
    const members = JSON.parse(text).records.members as { id: string; idNumber: string; phone: string }[];
    expect(members.map((member) => member.id).sort()).toEqual(['m1', 'm2']);
    for (const other of scopedMembers.filter((member) => !['m1', 'm2'].includes(member.id))) {
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(other.idNumber!.slice(-4));
    }
    expect(text).not.toMatch(idNumberShape);
    expect(text).not.toMatch(phoneShape);
    expect(members[0]!.idNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    // The org structure is open to every internal role.
    expect(JSON.parse(text).records.orgs).toHaveLength(scopedRecords.orgs.length);
  });

  it.each([
    ['groupLeader', ['m2']],
    ['communityCommittee', ['m1', 'm2', 'm3']],
    ['streetAdmin', ['m1', 'm2', 'm3', 'm4']],
    ['member', ['m2']],
    ['resident', []],
    ['unitOrg', []],
  ] as const)('scopes %s to the members its rules grant (%j), masked', async (who, expected) => {
    const { status, text } = await get(as(who));
    expect(status).toBe(200);
    const members = (JSON.parse(text).records.members ?? []) as { id: string }[];
    expect(members.map((member) => member.id).sort()).toEqual(expected);
    expect(text).not.toMatch(idNumberShape);
    expect(text).not.toMatch(phoneShape);
  });

  it('sends ID numbers and phones in full only to an actor holding unmask', async () => {
    const { text } = await get(as('districtAdmin'));
    expect(text).toContain(scopedMembers[3]!.idNumber);
    expect(text).toContain(scopedMembers[3]!.phone);
  });

  it('discloses a phone to a secretary as an audited command, and refuses the ID number naming the field', async () => {
    const phone = await post(as('branchSecretary'), {
      type: 'member.disclose',
      input: { id: 'd1', memberId: 'm1', field: 'phone', reason: '通知参加主题党日' },
    });
    expect(phone.status).toBe(200);
    expect(JSON.parse(phone.text).result).toEqual({ memberId: 'm1', field: 'phone', value: scopedMembers[0]!.phone });
    const [, record] = await store.readAudit(tenant);
    expect(record).toMatchObject({ command: 'member.disclose', actorId: 'b1-secretary' });
    expect(JSON.stringify(record!.patches)).toContain('通知参加主题党日');
    expect(JSON.stringify(record!.patches)).not.toContain(scopedMembers[0]!.phone);

    const idNumber = await post(as('branchSecretary'), {
      type: 'member.disclose',
      input: { id: 'd2', memberId: 'm1', field: 'idNumber', reason: '核对身份' },
    });
    expect(idNumber.status).toBe(403);
    const error = JSON.parse(idNumber.text);
    expect(error).toMatchObject({ kind: 'forbidden', field: 'idNumber', rule: { id: 'branchSecretary.phones' } });
    expect(error.text['zh-CN']).toContain('不能查看身份证号');
    expect(idNumber.text).not.toMatch(idNumberShape);

    const otherBranch = await post(as('branchSecretary'), {
      type: 'member.disclose',
      input: { id: 'd3', memberId: 'm3', field: 'phone', reason: '联系' },
    });
    expect(otherBranch.status).toBe(403);
    expect(otherBranch.text).not.toContain(scopedMembers[2]!.phone);
    expect(await store.readAudit(tenant)).toHaveLength(2);
    expect(verifyAudit(await store.readAudit(tenant), { revision: 2 })).toEqual([]);
  });

  it('masks personal data in command replies: patches, changes and the result', async () => {
    const reply = await post(as('branchSecretary'), {
      type: 'member.register',
      input: {
        id: 'm9',
        name: '周新民',
        gender: 'male',
        birthDate: '1990-05-05',
        stage: 'full',
        relationOrgId: 'b1',
        phone: '13912345678',
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.text).not.toMatch(phoneShape);
    expect(JSON.parse(reply.text).result.phone).toBe('139****5678');
    // The server kept it in full.
    expect((await store.load(tenant)).records.members?.find((member) => member.id === 'm9')?.phone).toBe('13912345678');
  });

  it("drops a member from a reader's state once a command moves it out of the reader's scope", async () => {
    const moved = await post(as('communityCommittee'), {
      type: 'member.changeManagingOrg',
      input: { memberId: 'm2', managingOrgId: 'b2' },
    });
    expect(moved.status).toBe(200);
    // The group leader of g1 managed m2; after the move it may not see m2 any more.
    const { text } = await get(as('groupLeader'));
    expect(JSON.parse(text).records.members).toEqual([]);
  });

  it('a refused command over HTTP is a ForbiddenError naming rule, subject and reason', async () => {
    const refused = await post(as('branchSecretary'), { type: 'org.dissolve', input: { orgId: 'g1' } });
    expect(refused.status).toBe(403);
    const error = JSON.parse(refused.text);
    expect(error).toMatchObject({
      name: 'DangjianError',
      kind: 'forbidden',
      rule: { id: 'branchSecretary.noReorganising' },
      subject: { collection: 'orgs', id: 'g1' },
    });
    expect(error.text['zh-CN']).toContain('上级党组织决定');
    expect(error.text.en).toContain('higher org');
    expect(ForbiddenError.fromJSON(error)).toBeInstanceOf(ForbiddenError);
  });
});
