import {
  developmentMessages,
  developmentReport,
  developmentSteps,
  type DevelopmentProcess,
  type Finding,
  type Member,
  type PipelineStep,
  type ProcessStatus,
  type Snapshot,
} from '@dangjian/core';

/** One step of the timeline: the dates it was recorded on, whether it is next, the finding that it is overdue. */
export interface StepView {
  readonly step: PipelineStep;
  readonly dates: readonly string[];
  readonly next: boolean;
  readonly overdue?: Finding;
}

/** A person's process as the element shows it: core's status and findings for this process only. */
export interface PipelineView {
  readonly process: DevelopmentProcess;
  readonly member: Member;
  readonly status: ProcessStatus | undefined;
  readonly steps: readonly StepView[];
  readonly findings: readonly Finding[];
}

const overdueCode = developmentMessages.stepOverdue.code;

/** Core's `developmentReport` on `asOf`, narrowed to one process, and its steps laid out in order. */
export function pipelineView(
  snapshot: Pick<Snapshot, 'members' | 'developmentProcesses'>,
  processId: string,
  asOf: string,
): PipelineView | undefined {
  const process = snapshot.developmentProcesses.get(processId);
  const member = process && snapshot.members.get(process.memberId);
  if (!process || !member) return undefined;
  const report = developmentReport(snapshot, asOf);
  const status = report.data.processes.find((each) => each.processId === processId);
  const findings = report.findings.filter(
    (found) => found.subject.collection === 'developmentProcesses' && found.subject.id === processId,
  );
  const steps = developmentSteps.map((step): StepView => {
    const overdue = findings.find((found) => found.code === overdueCode && found.facts?.['step'] === step.n);
    return {
      step,
      dates: process.steps.filter((recorded) => recorded.step === step.n).map((recorded) => recorded.on),
      next: status?.next?.step === step.n,
      ...(overdue && { overdue }),
    };
  });
  return { process, member, status, steps, findings };
}
