/**
 * Problems with user data carry a code and parameters rather than an English sentence,
 * so the page can say them in the user's language; `line` is 1-based as editors show it.
 */
export type DataErrorCode =
  | 'file.empty'
  | 'file.binary'
  | 'file.encoding'
  | 'file.itemTooLong'
  | 'file.noColumns'
  | 'file.unknownColumn'
  | 'file.notNumber'
  | 'file.ragged'
  | 'file.tooFewRows'
  | 'file.notBinary'
  | 'file.oneClass'
  | 'data.tooFew'
  | 'data.oneClass';

export type DataErrorParams = Record<string, string | number>;

export class DataError extends Error {
  readonly code: DataErrorCode;
  readonly params: DataErrorParams;
  constructor(code: DataErrorCode, params: DataErrorParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DataError';
    this.code = code;
    this.params = params;
  }
}
