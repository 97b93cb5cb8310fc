import { normaliseName } from '../../names/normalise-name';

/** A readable slug of a name: `Renata Albuquerque Viana` → `renata-albuquerque-viana`. */
export function slugOf(name: string): string {
  return normaliseName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug part of an id: `country:rwanda` → `rwanda`. */
export function idSlug(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}
