/**
 * Why a field was refused, as a code the UI translates; `params` fill the
 * message's placeholders in the user's units (percent, major currency units).
 */
export type IssueCode =
  | 'required'
  | 'notText'
  | 'tooLong'
  | 'email'
  | 'phone'
  | 'url'
  | 'enum'
  | 'notNumber'
  | 'notWhole'
  | 'notMinorUnits'
  | 'negative'
  | 'tooLarge'
  | 'min'
  | 'max'
  | 'range'
  | 'percentMax'
  | 'percentMin'
  | 'currency'
  | 'datetime'
  | 'date'
  | 'ref'
  | 'bool'
  | 'tags'
  | 'tagTooLong'
  | 'tooManyTags'
  | 'json'
  | 'jsonTooLarge'
  | 'unknownField'
  | 'notObject'
  | 'noRecord'
  | 'notAStage'
  | 'transition'
  | 'assigneeRequired'
  | 'noAgent'
  | 'fileTooLarge'
  | 'quota'
  | 'possibleDuplicate'
  | 'channelForType'
  | 'slaRange'
  | 'slaOrder'
  | 'nameTaken'
  | 'invalid';

export type IssueParams = Record<string, string | number>;

/** One problem with one field of a record, said so that a person can fix it. */
export interface FieldIssue {
  field: string;
  /** What the UI translates; an issue without one shows as a generic "is not valid" in the user's language. */
  code?: IssueCode;
  params?: IssueParams;
  /** English, for logs and errors thrown outside a form. */
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
