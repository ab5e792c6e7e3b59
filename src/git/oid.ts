// One pattern for a full object id: SHA-1 (40 hex digits) or SHA-256 (64) repositories.
export const OID_SOURCE = '(?:[0-9a-f]{40}|[0-9a-f]{64})';

/** A full, lower-case object id, alone. */
export const OID = new RegExp(`^${OID_SOURCE}$`);

export const isOid = (text: string): boolean => OID.test(text);
