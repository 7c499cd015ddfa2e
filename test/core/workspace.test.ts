import { MemoryStore } from '@dangjian/adapters/memory';
import {
  ForbiddenError,
  SimulatedClock,
  ValidationError,
  Workspace,
  createOrg,
  execute,
  renameOrg,
  seedTenant,
  type Policy,
  type Store,
  type WorkspaceChange,
  phrase,
  policyMessages,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';

const tenant = '320402';
const actor = { id: 'secretary-1', roles: ['branchSecretary'] };
const at = '2026-11-23T02:00:00.000Z';

async function openStreet(policy?: Policy): Promise<{ store: MemoryStore; workspace: Workspace }> {
  const store = new MemoryStore();
  await seedTenant(
    store,
    tenant,
    {
      orgs: [
        { id: 'street', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null },
        { id: 'b1', name: '第一党支部', kind: 'branch', parentId: 'street' },
      ],
    },
    { actorId: 'seed', at },
  );
  const clock = new SimulatedClock('2026-11-23T08:00:00+08:00');
  return { store, workspace: await Workspace.open({ store, tenant, clock, actor, ...(policy && { policy }) }) };
}

describe('Workspace', () => {
  it('asks the policy before running, and a refusal writes nothing', async () => {
    const requests: unknown[] = [];
    const denyRenames: Policy = {
      authorize(request) {
        requests.push({ command: request.command, subject: request.subject, actor: request.ctx.actor.id });
        if (request.command !== 'org.rename') return undefined;
        return new ForbiddenError({
          ...phrase(policyMessages.forbidden, {
            action: request.command,
            subject: 'orgs/b1',
            reason: { 'zh-CN': '仅限街道管理员', en: 'street admins only' },
          }),
          rule: { id: 'role.streetAdmin.orgs' },
          subject: request.subject,
          field: 'name',
        });
      },
    };
    const { store, workspace } = await openStreet(denyRenames);
    const refused = await workspace.run(renameOrg, { orgId: 'b1', name: '新名称' });
    expect(refused.ok || refused.error).toBeInstanceOf(ForbiddenError);
    if (!refused.ok) {
      expect(refused.error.text['zh-CN']).toBe('无权执行“org.rename”（orgs/b1）：仅限街道管理员');
      expect(refused.error.rule?.id).toBe('role.streetAdmin.orgs');
    }
    expect(requests).toEqual([
      { command: 'org.rename', subject: { collection: 'orgs', id: 'b1' }, actor: 'secretary-1' },
    ]);
    expect((await store.load(tenant)).revision).toBe(1);
    expect(workspace.snapshot.orgs.get('b1')?.name).toBe('第一党支部');

    const allowed = await workspace.run(createOrg, { id: 'g1', name: '1号楼党小组', kind: 'group', parentId: 'b1' });
    expect(allowed.ok).toBe(true);
  });

  it('tells subscribers after the commit, with the patches and the injected time', async () => {
    const { workspace } = await openStreet();
    const heard: WorkspaceChange[] = [];
    const unsubscribe = workspace.subscribe((change) => heard.push(change));
    await workspace.run(renameOrg, { orgId: 'b1', name: '第一网格党支部' });
    unsubscribe();
    await workspace.run(renameOrg, { orgId: 'b1', name: '不再通知' });
    expect(heard).toHaveLength(1);
    expect(heard[0]!.snapshot.revision).toBe(2);
    expect(heard[0]!.patches).toEqual([{ op: 'replace', path: ['orgs', 'b1', 'name'], value: '第一网格党支部' }]);
    expect(heard[0]!.events[0]).toMatchObject({
      type: 'org.renamed',
      at: '2026-11-23T00:00:00.000Z',
      actorId: 'secretary-1',
    });
  });

  it('queues concurrent runs on one workspace instead of letting them conflict', async () => {
    const { store, workspace } = await openStreet();
    const runs = Array.from({ length: 10 }, (_, i) => workspace.run(renameOrg, { orgId: 'b1', name: `名称${i}` }));
    const results = await Promise.all(runs);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(workspace.revision).toBe(11);
    expect((await store.readAudit(tenant)).map((record) => record.revision)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(workspace.snapshot.orgs.get('b1')?.name).toBe('名称9');
  });

  it('returns a typed error for bad input and leaves the workspace where it was', async () => {
    const { workspace } = await openStreet();
    const result = await workspace.run(renameOrg, { orgId: 'b1', name: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe('name');
      expect(result.error.text['zh-CN']).toContain('字段“name”无效');
      expect(result.error.text.en).toContain('Field "name" is invalid');
    }
    expect(workspace.revision).toBe(1);
  });

  it('isolates subscribers: a throwing listener is reported, the others still hear, and run() reports the commit', async () => {
    const reported: unknown[] = [];
    const store = new MemoryStore();
    await seedTenant(
      store,
      tenant,
      { orgs: [{ id: 'b1', name: '第一党支部', kind: 'branch', parentId: null }] },
      {
        actorId: 'seed',
        at,
      },
    );
    const clock = new SimulatedClock('2026-11-23T08:00:00+08:00');
    const workspace = await Workspace.open({
      store,
      tenant,
      clock,
      actor,
      onListenerError: (error, change) => reported.push({ error, revision: change.snapshot.revision }),
    });
    const heard: number[] = [];
    workspace.subscribe(() => {
      throw new Error('a broken listener');
    });
    workspace.subscribe((change) => heard.push(change.snapshot.revision));
    const result = await workspace.run(renameOrg, { orgId: 'b1', name: '改名后' });
    expect(result.ok).toBe(true);
    expect(heard).toEqual([2]);
    expect(reported).toEqual([{ error: new Error('a broken listener'), revision: 2 }]);
    expect((await store.load(tenant)).revision).toBe(2);
    expect(workspace.revision).toBe(2);
  });

  it('runs a command by its registered type through execute, and refuses an unknown type by name', async () => {
    const { workspace } = await openStreet();
    const byType = execute(
      workspace.snapshot,
      'org.rename',
      { orgId: 'b1', name: '按类型改名' },
      {
        actor,
        now: at,
      },
    );
    expect(byType.ok && byType.value.snapshot.orgs.get('b1')?.name).toBe('按类型改名');
    const unknown = execute(workspace.snapshot, 'org.teleport', {}, { actor, now: at });
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'command.unknown', field: 'type' });
  });

  it('validates what an untrusted store loads', async () => {
    const memory = new MemoryStore();
    const bad = { orgs: [{ id: 'b1', name: '', kind: 'branch', parentId: null }] } as never;
    const untrusted: Store = {
      load: async (tenant) => ({ tenant, revision: 1, records: bad }),
      commit: (c) => memory.commit(c),
      readAudit: (t, q) => memory.readAudit(t, q),
      close: () => memory.close(),
    };
    const clock = new SimulatedClock('2026-11-23T00:00:00Z');
    await expect(
      Workspace.open({ store: untrusted, tenant: '320402', clock, actor: { id: 'u' } }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});
