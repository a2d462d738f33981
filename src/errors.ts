// One error type with a stable code, so the CLI and server can answer without stack traces.

export type ErrorCode =
  | 'E_INPUT_EMPTY' | 'E_INPUT_BINARY' | 'E_INPUT_ENCODING' | 'E_INPUT_TOO_LARGE' | 'E_INPUT_JSON'
  | 'E_INPUT_RECORD' | 'E_INPUT_NOT_FOUND' | 'E_INPUT_FEED' | 'E_DICT' | 'E_OPTION' | 'E_DATE' | 'E_HTML' | 'E_WORKER'
  | 'E_BUSY' | 'E_BUDGET' | 'E_MODEL';

export class DyadError extends Error {
  readonly code: ErrorCode;
  readonly where?: string;
  constructor(code: ErrorCode, message: string, opts: { cause?: unknown; where?: string } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'DyadError';
    this.code = code;
    this.where = opts.where;
  }
}

export const isDyadError = (e: unknown): e is DyadError => e instanceof DyadError;
