/** One problem with one field of a record, said so that a person can fix it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** Thrown by commands before anything is written: a command either writes a whole valid record or nothing. */
export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  readonly entity: string;
  constructor(entity: string, issues: FieldIssue[]) {
    super(`${entity}: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
    this.entity = entity;
    this.issues = issues;
  }
}
