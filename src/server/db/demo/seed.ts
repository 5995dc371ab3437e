import type { Db } from '../index.js';
export const DEMO_PASSWORD = 'mestring-demo';
export const DEMO_USERS: Array<{ username: string; description: string }> = [];
export async function seedDemo(_db: Db): Promise<boolean> {
  return false;
}
