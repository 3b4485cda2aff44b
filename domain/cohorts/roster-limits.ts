/**
 * Size limit of a roster CSV upload, shared by the upload form (checked before sending), the import
 * action, and next.config.ts (the server-action body limit must exceed it, or a large file fails
 * with an opaque error before the action runs). 2 MB holds about 20,000 rows of email, name and id.
 */
export const MAX_ROSTER_BYTES = 2 * 1024 * 1024;
export const ROSTER_TOO_LARGE_MESSAGE = "errors.fileTooLarge2Mb";
/** Room for the multipart framing and React's own fields around the file. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = MAX_ROSTER_BYTES + 512 * 1024;
