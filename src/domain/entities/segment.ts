import { defineRecordType, type BaseRecord } from '../recordType.ts';

export interface Segment extends BaseRecord {
  name: string;
  description?: string;
  /** A filter over customer profiles, e.g. { all: [{ field: 'recencyDays', op: '>', value: 180 }] }. */
  rule: unknown;
  color?: string;
}

export const SegmentType = defineRecordType<Segment>('segments', 'Segment', {
  name: { kind: 'string', required: true },
  description: { kind: 'text' },
  rule: { kind: 'json', required: true },
  color: { kind: 'string', max: 16 },
});
