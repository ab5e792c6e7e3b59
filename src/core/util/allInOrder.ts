/**
 * Promise.all for independent work (git calls side by side), except that when several fail the first in
 * argument order is thrown, not the first to finish, so the error a user sees does not depend on timing.
 */
export async function allInOrder<T extends readonly unknown[] | []>(values: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(values);
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}
