import * as v from 'valibot';
import { readFile } from 'node:fs/promises';
import { VendorSchema } from '../lib/lists/feed-schema';
import { parseStrictJson } from '../lib/lists/feed/json';
import type { Vendor } from '../lib/lists/types';
import { UserError } from './errors';

const MAX_VENDORS = 500;

/** Reads vendor.json: one vendor object or an array of them, each checked as a feed will check it. */
export async function loadVendors(path: string): Promise<Vendor[]> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const json = parseStrictJson(bytes);
  if (!json.ok) throw new UserError(`${path}: ${json.error}`);
  const list = Array.isArray(json.value) ? json.value : [json.value];
  if (list.length === 0 || list.length > MAX_VENDORS) throw new UserError(`${path}: expected 1 to ${MAX_VENDORS} vendors, found ${list.length}`);
  const vendors: Vendor[] = [];
  for (const [i, item] of list.entries()) {
    const result = v.safeParse(VendorSchema, item);
    if (!result.success) {
      const issue = result.issues[0];
      const where = [Array.isArray(json.value) ? `[${i}]` : '', ...(issue.path?.map((p) => String(p.key)) ?? [])].filter(Boolean).join('.');
      throw new UserError(`${path}: ${where ? where + ': ' : ''}${issue.message}`);
    }
    if (vendors.some((vendor) => vendor.id === result.output.id)) throw new UserError(`${path}: vendor id ${result.output.id} appears twice`);
    vendors.push(result.output);
  }
  return vendors;
}
