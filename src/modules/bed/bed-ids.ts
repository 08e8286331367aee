const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are opaque to clients; anything that is not one of ours reads as not found, never as a database error. */
export const isUuid = (id: string): boolean => UUID.test(id);
