import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { path, valueAt } from '../../server/src/formats/order';
import { brief } from './helpers';

const INSTANCE = 'arn:aws:connect:us-east-1:123456789012:instance/i-1';
const OTHER = 'arn:aws:connect:us-east-1:123456789012:instance/i-2';

/** "code message" of each diagnostic. */
const checks = (value: unknown) => brief(JSON.stringify(value)).map((line) => line.split(' ').slice(1).join(' '));

describe('each format\'s cross-field checks', () => {
  test('an EventBridge detail: self references, another instance, timestamps out of order; in the envelope too', () => {
    const detail = {
      contactId: 'c-1',
      previousContactId: 'c-1',
      relatedContactId: 'c-2',
      instanceArn: INSTANCE,
      queueInfo: { queueArn: `${OTHER}/queue/q`, enqueueTimestamp: '2024-05-29T16:00:00.000Z' },
      initiationTimestamp: '2024-05-29T16:05:00.000Z',
    };
    const expected = [
      'instance-mismatch queueInfo.queueArn belongs to instance i-2, but instanceArn names instance i-1.',
      'timestamp-order queueInfo.enqueueTimestamp (2024-05-29T16:00:00Z) is before initiationTimestamp (2024-05-29T16:05:00Z).',
      'self-reference previousContactId equals contactId: it must name another contact.',
    ];
    assert.deepEqual(checks(detail).sort(), [...expected].sort());
    assert.deepEqual(checks({ 'detail-type': 'Amazon Connect Contact Event', source: 'aws.connect', detail }).sort(), [...expected].sort());
  });

  test('a Lambda event: an instance ARN that is not one', () => {
    assert.deepEqual(checks({ Details: { ContactData: { InstanceARN: 'arn:aws::connect:' } } }), [
      'arn-format Details.ContactData.InstanceARN is not an Amazon Connect instance ARN: expected arn:<partition>:connect:<region>:<12-digit account>:instance/<instance id>.',
    ]);
  });

  test('a record: the routing profile of another instance; its next contact is itself', () => {
    assert.deepEqual(checks({ ContactId: 'c-1', NextContactId: 'c-1', InstanceARN: INSTANCE, Agent: { RoutingProfile: { ARN: `${OTHER}/routing-profile/r` } } }).sort(), [
      'instance-mismatch Agent.RoutingProfile.ARN belongs to instance i-2, but InstanceARN names instance i-1.',
      'self-reference NextContactId equals ContactId: it must name another contact.',
    ]);
  });
});

describe('missing-member: what Amazon Connect always sends, when a setting asks', () => {
  test('off by default; on, one problem an object naming every member it lacks, nested objects included', async () => {
    const { documentOf, service } = await import('./helpers');
    const text = '{"Details": {"ContactData": {"ContactId": "c"}, "Parameters": {}}, "Name": "ContactFlowEvent"}';
    const document = documentOf(text);
    assert.deepEqual(service.doValidation(document, service.parse(document)), []);
    const found = service.doValidation(document, service.parse(document), { rules: { 'missing-member': 'info' } });
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, d.range.start.character, d.message]),
      [['missing-member', 3, 28, 'Details.ContactData lacks members Amazon Connect always sends: "Attributes", "Channel", "CustomerEndpoint", "InitialContactId", "InitiationMethod", "InstanceARN", "MediaStreams", "PreviousContactId", "Queue", "SystemEndpoint".']],
    );
  });
});

describe('member paths of the checks (formats/order.ts)', () => {
  test('read plainly, so a name every object inherits is refused where the path is made', () => {
    assert.throws(() => path('Queue.constructor'), /"constructor" is a member of every object/);
    assert.throws(() => path('toString'), /member of every object/);
    const queueArn = path('Queue.ARN');
    assert.equal(valueAt({ Queue: { ARN: 'x' } }, queueArn.members), 'x');
    assert.equal(valueAt({ Queue: 'not an object' }, queueArn.members), undefined);
    assert.equal(valueAt({ Queue: ['x'] }, queueArn.members), undefined);
    assert.equal(valueAt(Object.assign(Object.create(null), { Queue: null }), queueArn.members), undefined);
  });
});
