import {
  ConflictError,
  DangjianError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
  createOrg,
  execute,
  moveOrg,
  registerMember,
  renameOrg,
  phrase,
  storeMessages,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { ctx, smallStreet } from './fixtures.js';

describe('typed errors', () => {
  it('names the missing field in both languages', () => {
    const result = execute(smallStreet(), createOrg, { id: 'x1', kind: 'branch', parentId: 'community' }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(ValidationError);
    expect(result.error.code).toBe('input.required');
    expect(result.error.field).toBe('name');
    expect(result.error.text['zh-CN']).toContain('缺少必填字段“name”');
    expect(result.error.text.en).toContain('Required field "name"');
  });

  it('explains an invalid value in Chinese and English and lists every bad field', () => {
    const result = execute(
      smallStreet(),
      registerMember,
      {
        id: 'm1',
        name: '张三',
        gender: 'x',
        birthDate: '1980-02-30',
        stage: 'full',
        relationOrgId: 'b1',
      },
      ctx,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.field).toBe('gender');
    expect(result.error.text['zh-CN']).toMatch(/字段“gender”无效：无效选项/);
    expect(result.error.text.en).toMatch(/Field "gender" is invalid: Invalid option/);
    const issues = result.error.details?.['issues'] as { field: string }[];
    expect(issues.map((issue) => issue.field)).toEqual(['gender', 'birthDate']);
    // Inputs can be personal data: the error must not echo them.
    expect(JSON.stringify(result.error.toJSON())).not.toContain('1980-02-30');
  });

  it('refuses a reference to a missing org with NotFoundError naming the field', () => {
    const result = execute(smallStreet(), moveOrg, { orgId: 'b1', parentId: 'nowhere' }, ctx);
    expect(result.ok || result.error).toBeInstanceOf(NotFoundError);
    if (result.ok) return;
    expect(result.error.field).toBe('parentId');
    expect(result.error.subject).toEqual({ collection: 'orgs', id: 'nowhere' });
  });

  it('refuses a cycle and a group holding a branch, naming the rule', () => {
    const street = smallStreet();
    const branchUnderBranch = execute(street, moveOrg, { orgId: 'b2', parentId: 'b1' }, ctx);
    expect(branchUnderBranch.ok || branchUnderBranch.error).toBeInstanceOf(RuleViolationError);
    if (!branchUnderBranch.ok) expect(branchUnderBranch.error.code).toBe('org.nesting');
    const loop = execute(street, moveOrg, { orgId: 'street', parentId: 'community' }, ctx);
    expect(loop.ok || loop.error.code).toBe('org.cycle');
    if (!loop.ok) {
      expect(loop.error.rule?.id).toBe('org.acyclic');
      expect(loop.error.text['zh-CN']).toContain('不能把组织“青龙街道党工委”移到它自己的下级组织');
    }
    const underGroup = execute(street, moveOrg, { orgId: 'b2', parentId: 'g1' }, ctx);
    expect(underGroup.ok || underGroup.error.code).toBe('org.nesting');
    if (!underGroup.ok) {
      expect(underGroup.error.text['zh-CN']).toBe('党小组下不能设立党支部');
      expect(underGroup.error.text.en).toBe('A branch cannot sit under a group');
      expect(underGroup.error.rule?.article).toContain('第四条');
    }
  });

  it('trims names and rejects blank ones', () => {
    const street = smallStreet();
    const blank = execute(street, renameOrg, { orgId: 'b1', name: '   ' }, ctx);
    expect(blank.ok).toBe(false);
    const trimmed = execute(street, renameOrg, { orgId: 'b1', name: '  新名称 ' }, ctx);
    expect(trimmed.ok && trimmed.value.snapshot.orgs.get('b1')?.name).toBe('新名称');
  });

  it('refuses text no store can hold (NUL, unpaired surrogates) before it reaches one', () => {
    for (const name of ['党\u0000支部', '党支部\uD800', '\uDC00党支部']) {
      const result = execute(smallStreet(), renameOrg, { orgId: 'b1', name }, ctx);
      expect(result.ok || result.error.field).toBe('name');
      if (!result.ok) expect(result.error.text['zh-CN']).toContain('无法保存');
    }
    const paired = execute(smallStreet(), renameOrg, { orgId: 'b1', name: '𠮷家党支部' }, ctx);
    expect(paired.ok).toBe(true);
  });

  it('survives a JSON round trip as the same class', () => {
    const error = new ConflictError({
      ...phrase(storeMessages.conflict, { expected: 3, actual: 4 }),
      field: 'baseRevision',
    });
    const back = DangjianError.fromJSON(JSON.parse(JSON.stringify(error)));
    expect(back).toBeInstanceOf(ConflictError);
    expect(back.text).toEqual(error.text);
    expect(back.messageIn('zh-CN')).toContain('期望版本 3，当前版本 4');
    expect(back.messageIn('en')).toContain('expected revision 3, found 4');
  });
});
