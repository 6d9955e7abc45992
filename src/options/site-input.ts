/**
 * What the "Add a site" box accepts: a host ("example.com"), a host and port, or any address on
 * the site ("https://example.com/anything"). The result is the site's origin, the key its
 * setting is stored under. A bare host means https; an address typed with http:// stays http
 * (a local development server, say), since the settings and the permission both allow it.
 */
import { siteKey } from "../shared/sites";

export type SiteInputError = "empty" | "scheme" | "invalid";

export type SiteInputResult = { ok: true; origin: string } | { ok: false; error: SiteInputError };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Letters, digits and hyphens in dot-separated labels (IDNs arrive here already as xn--). */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function parseSiteInput(input: string): SiteInputResult {
  const text = input.trim();
  if (text === "") return { ok: false, error: "empty" };
  if (/\s/.test(text)) return { ok: false, error: "invalid" };
  const withScheme = HAS_SCHEME.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: "invalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, error: "scheme" };
  // "me@example.com" is an e-mail address, not a site.
  if (url.username !== "" || url.password !== "") return { ok: false, error: "invalid" };
  const host = url.hostname;
  const isIp = IPV4.test(host) || host.startsWith("[");
  if (!isIp && !(HOSTNAME.test(host) && (host.includes(".") || host === "localhost"))) return { ok: false, error: "invalid" };
  // The URL parser reads "999" or "1.2.3" as an IPv4 address: only a full one as typed counts.
  if (IPV4.test(host) && !withScheme.replace(HAS_SCHEME, "").startsWith(host)) return { ok: false, error: "invalid" };
  if (/^[\d.]+$/.test(host) && !IPV4.test(host)) return { ok: false, error: "invalid" };
  const origin = siteKey(url.href);
  return origin ? { ok: true, origin } : { ok: false, error: "invalid" };
}

/** The origin as people read it: the host, with the scheme only when it is not https. */
export function siteLabel(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === "https:" ? url.host : `${url.protocol}//${url.host}`;
  } catch {
    return origin;
  }
}
