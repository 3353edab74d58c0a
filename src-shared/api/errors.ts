// Error codes cross the wire; the Persian text for each lives in i18n/fa.ts (errorMessages).
// Adding a code: here, its HTTP status, and its message in fa.ts.
export const ERROR_STATUS = {
  'auth.required': 401,
  'auth.sessionExpired': 401,
  'auth.badCredentials': 401,
  'auth.throttled': 429,
  'auth.userInactive': 403,
  'auth.forbidden': 403,
  'auth.setupDone': 409,
  'auth.wrongPassword': 400,
  'input.invalid': 400,
  'method.unknown': 404,
  'record.notFound': 404,
  'record.versionConflict': 409,
  'record.notDeleted': 409,
  'users.usernameTaken': 409,
  'users.lastAdmin': 409,
  'users.templateInUse': 409,
  'templates.nameTaken': 409,
  'parties.duplicate': 409,
  'attachments.tooLarge': 413,
  'messaging.noRecipients': 422,
  'messaging.noGateway': 409,
  'messaging.optedOut': 409,
  'messaging.invalidNumber': 400,
  'messaging.notResendable': 409,
  'messaging.campaignEnded': 409,
  'messaging.nameTaken': 409,
  'telephony.noLine': 409,
  'telephony.dialFailed': 502,
  'tasks.done': 409,
  'club.alreadyMember': 409,
  'club.notActive': 409,
  'club.feeRequired': 422,
  'club.answersRequired': 422,
  'club.cardTaken': 409,
  'club.referralUnknown': 422,
  'club.insufficientPoints': 409,
  'club.insufficientWallet': 409,
  'club.pointsUsed': 409,
  'club.alreadyReversed': 409,
  'club.notReversible': 409,
  'club.coupon': 422,
  'club.surveyDone': 409,
  'club.tierInUse': 409,
  'club.noEligible': 422,
  'club.notAPerson': 422,
  'printing.missingAddress': 422,
  'printing.noRecipients': 422,
  'internal': 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  path: (string | number)[];
  // An i18n key (validation.*) or a zod issue code; fa.ts turns either into Persian.
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  details?: Record<string, unknown> & { issues?: FieldIssue[] };
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: ApiErrorBody['details'],
  ) {
    super(code);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return this.details ? { code: this.code, details: this.details } : { code: this.code };
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_STATUS[code];
}
