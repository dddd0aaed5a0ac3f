import { toPointer } from '../../service/reading/positions';
import type { Problem } from '../../service/rules/problem';
import { path, sameInstance, type At } from '../order';

const INSTANCE = path('Details.ContactData.InstanceARN');
const RESOURCES = [path('Details.ContactData.Queue.ARN')];

/** The Lambda contact flow event's checks: its instance ARN is one, and its queue is of that instance. */
export function contactFlowEventChecks(item: Record<string, unknown>, itemPath: string[], problems: Problem[]): void {
  const at: At = (...members) => toPointer([...itemPath, ...members]);
  sameInstance(item, at, problems, INSTANCE, RESOURCES);
}
