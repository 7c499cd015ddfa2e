import {
  IdNumberInput,
  IdNumberSchema,
  ValidationError,
  classificationReport,
  conferenceScheduleReport,
  createClassifier,
  execute,
  idNumberCheckCharacter,
  isValidIdNumber,
  layerReport,
  registerMember,
  snapshotFromRecords,
  statusReport,
  updateMember,
  type Member,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionalStreet } from '../fixtures/tenants/regional-street.js';
import { ctx, runOk, smallStreet } from './fixtures.js';

/** The defects issue 12 measured, each through the public API that showed it. */
const base: Member = {
  id: 'm1',
  name: '张卫东',
  gender: 'male',
  birthDate: '1966-11-23',
  stage: 'full',
  relationOrgId: 'b1',
  managingOrgId: 'b1',
};

/** A valid ID number encoding `birthDate` (YYYY-MM-DD), with its check character. */
function idNumberFor(birthDate: string, sequence = '123'): string {
  const body = `320402${birthDate.replaceAll('-', '')}${sequence}`;
  return `${body}${idNumberCheckCharacter(body)}`;
}

const classifier = createClassifier();
const categories = (member: Member, asOf: string): string[] =>
  classifier.classify(member, asOf).categories.map((result) => result.yields);
const ageFact = (member: Member, asOf: string): unknown =>
  classifier.classify({ ...member, care: ['ill'] }, asOf).care.find((flag) => flag.yields === 'ill')?.facts;

describe('issue 12: ages from the Asia/Shanghai date of an instant', () => {
  it('makes a member 60 at 00:30 in Shanghai on the birthday, not at 08:00', () => {
    // 16:30 UTC on the 22nd is 00:30 on the 23rd in Shanghai.
    expect(categories(base, '2026-11-22T16:30:00Z')).toContain('senior');
    expect(categories(base, '2026-11-22T15:59:59Z')).not.toContain('senior');
    expect(categories(base, '2026-11-23T00:30:00+08:00')).toContain('senior');
  });

  it('reads the year right on 1 January in Shanghai while it is still 31 December in UTC', () => {
    const newYear = { ...base, birthDate: '1967-01-01' };
    expect(categories(newYear, '2026-12-31T16:00:00Z')).toContain('senior');
    expect(categories(newYear, '2026-12-31T15:59:59Z')).not.toContain('senior');
  });

  it('classifies on an instant exactly as on its Shanghai date, birthdays and month boundaries included', () => {
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(instant, fc.integer({ min: 55, max: 65 }), fc.integer({ min: 0, max: 2 }), (ms, years, dayShift) => {
        const shanghaiDay = new Date(ms + 8 * 3_600_000 + dayShift * 86_400_000).toISOString().slice(0, 10);
        const [year, month] = [Number(shanghaiDay.slice(0, 4)), Number(shanghaiDay.slice(5, 7))];
        const birthDate = `${year - years}${shanghaiDay.slice(4)}`;
        // Six months back, on the same day of the month when there is one.
        const since = `${month > 6 ? year : year - 1}-${String(((month + 5) % 12) + 1).padStart(2, '0')}${shanghaiDay.slice(7)}`;
        fc.pre(!Number.isNaN(Date.parse(birthDate)) && new Date(birthDate).toISOString().startsWith(birthDate));
        fc.pre(new Date(since).toISOString().startsWith(since));
        const member: Member = { ...base, birthDate, outflow: { since } };
        const dayOf = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(categories(member, new Date(ms).toISOString())).toEqual(categories(member, dayOf));
      }),
      { numRuns: 400 },
    );
  });
});

describe('issue 12: every engine reads an instant once, as its Asia/Shanghai date', () => {
  const tenant = regionalStreet();
  const member: Member = { ...base, lastOrgLifeOn: '2026-03-31', lostContactSince: '2026-03-31' };
  const members = snapshotFromRecords('320402', 0, { members: [member] });

  it('gives the same schedule and findings for an instant as for its Shanghai date', () => {
    const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });
    fc.assert(
      fc.property(instant, (ms) => {
        const [at, day] = [new Date(ms).toISOString(), new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)];
        expect(conferenceScheduleReport(tenant, 'conf', at)).toEqual(conferenceScheduleReport(tenant, 'conf', day));
        expect(statusReport(members, at)).toEqual(statusReport(members, day));
      }),
      { numRuns: 100 },
    );
    // 16:30 UTC on 30 September is 1 October in Shanghai: the third quarter is over there.
    const late = conferenceScheduleReport(tenant, 'conf', '2026-09-30T16:30:00Z').data;
    expect(late.periods.at(-1)?.period.label).toBe('2026-Q4');
  });

  it('refuses an asOf that is neither a date nor an instant with an offset, with a typed error', () => {
    for (const asOf of ['2026-11-31', '2026-11-23T10:00:00', 'today']) {
      expect(() => statusReport(members, asOf)).toThrow(ValidationError);
      expect(() => classifier.classify(base, asOf)).toThrow(ValidationError);
    }
  });
});

describe('issue 12: one count of months', () => {
  const onDate = (since: string, asOf: string) => {
    const member: Member = { ...base, outflow: { since }, lastOrgLifeOn: since, lostContactSince: since };
    const found = statusReport(snapshotFromRecords('320402', 0, { members: [member] }), asOf).findings;
    return {
      mobile: categories(member, asOf).includes('mobile'),
      selfLapse: found.some((finding) => finding.code === 'status.selfLapseCandidate'),
      suspension: found.some((finding) => finding.code === 'status.suspensionCandidate'),
    };
  };

  it('has classification and status findings agree at month ends (31 August + 6 months = 28 February)', () => {
    expect(onDate('2026-08-31', '2027-02-27')).toEqual({ mobile: false, selfLapse: false, suspension: false });
    expect(onDate('2026-08-31', '2027-02-28')).toEqual({ mobile: true, selfLapse: true, suspension: true });
    expect(onDate('2026-05-23', '2026-11-22')).toEqual({ mobile: false, selfLapse: false, suspension: false });
    expect(onDate('2026-05-23', '2026-11-23')).toEqual({ mobile: true, selfLapse: true, suspension: true });
  });

  it('has classification and status findings agree on every date', () => {
    const day = (from: number, to: number) =>
      fc.integer({ min: from, max: to }).map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day(Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)),
        day(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)),
        (since, asOf) => {
          const { mobile, selfLapse, suspension } = onDate(since, asOf);
          expect([selfLapse, suspension]).toEqual([mobile, mobile]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('issue 12: birth dates and ID numbers', () => {
  it('classifies a record without a birth date by the ID number, and without either as age unknown', () => {
    const { birthDate: _, ...noBirthDate } = base;
    const fromId = { ...noBirthDate, idNumber: idNumberFor('1966-11-23') } as Member;
    expect(categories(fromId, '2026-11-23')).toContain('senior');
    expect(() => classifier.classify(noBirthDate as Member, '2026-11-23')).not.toThrow();
    expect(categories(noBirthDate as Member, '2026-11-23')).not.toContain('senior');
  });

  it('never reports an age of NaN for a malformed birth date', () => {
    for (const birthDate of ['1966-13-45', '19661123', '']) {
      expect(ageFact({ ...base, birthDate }, '2026-11-23')).not.toMatchObject({ age: Number.NaN });
      expect(categories({ ...base, birthDate }, '2026-11-23')).not.toContain('senior');
    }
    expect(
      categories({ ...base, birthDate: '1966-13-45', idNumber: idNumberFor('1966-11-23') }, '2026-11-23'),
    ).toContain('senior');
  });

  it('judges a lower-case check x the same way everywhere, and stores only X', () => {
    const upper = '11010519491231002X';
    const lower = upper.toLowerCase();
    expect(isValidIdNumber(lower)).toBe(true);
    expect(IdNumberInput.safeParse(lower)).toEqual({ success: true, data: upper });
    expect(IdNumberSchema.safeParse(upper).success).toBe(true);
    expect(IdNumberSchema.safeParse(lower).success).toBe(false);
  });

  it('derives a missing birth date from the ID number at registration', () => {
    const { birthDate: _, ...input } = base;
    const snapshot = runOk(smallStreet(), registerMember, { ...input, idNumber: idNumberFor('1958-02-28') });
    expect(snapshot.members.get('m1')?.birthDate).toBe('1958-02-28');
    const neither = execute(smallStreet(), registerMember, input, ctx);
    expect(neither.ok ? undefined : neither.error).toMatchObject({ kind: 'validation', field: 'birthDate' });
  });

  it('refuses a birth date the ID number contradicts, at registration and update, without echoing either', () => {
    const idNumber = idNumberFor('1966-11-24');
    const registered = execute(smallStreet(), registerMember, { ...base, idNumber }, ctx);
    expect(registered.ok).toBe(false);
    if (registered.ok) return;
    expect(registered.error).toBeInstanceOf(ValidationError);
    expect(registered.error).toMatchObject({ code: 'member.birthDateMismatch', field: 'birthDate' });
    expect(JSON.stringify(registered.error.toJSON())).not.toMatch(/1966|320402/);

    const snapshot = runOk(smallStreet(), registerMember, base);
    const updated = execute(snapshot, updateMember, { memberId: 'm1', idNumber }, ctx);
    expect(updated.ok ? undefined : updated.error).toMatchObject({
      code: 'member.birthDateMismatch',
      field: 'idNumber',
    });
    expect(execute(snapshot, updateMember, { memberId: 'm1', idNumber: idNumberFor('1966-11-23') }, ctx).ok).toBe(true);
  });
});

describe('issue 12: only Party members are counted', () => {
  const stages = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
  const snapshot = snapshotFromRecords('320402', 0, {
    orgs: [{ id: 'b1', name: '第一党支部', kind: 'branch', setting: 'residential', parentId: null }],
    members: stages.map((stage, index) => ({ ...base, id: `m${index}`, stage, employment: 'unemployed' as const })),
  });

  it('counts categories over full and probationary members only', () => {
    const { members, counts } = classificationReport(snapshot, '2026-11-23').data;
    expect(members).toHaveLength(5);
    expect(counts).toMatchObject({ unemployed: 2, senior: 2 });
  });

  it('puts only full and probationary members in the layers', () => {
    const layers = layerReport(snapshot, 'b1', '2026-11-23').data;
    expect(layers.unemployed.map((entry) => entry.member.stage).sort()).toEqual(['full', 'probationary']);
  });
});
