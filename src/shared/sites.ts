/**
 * Which sites Receptive runs on. The messaging sites are on by default (the manifest's content
 * scripts match exactly these); the person's own choices, kept in settings, override per origin.
 */

/** Hosts on by default: where people answer someone who is hurt. Keep in step with manifest.json. */
export const DEFAULT_SITE_HOSTS = [
  "mail.google.com",
  "outlook.live.com",
  "outlook.office.com",
  "app.slack.com",
  "web.whatsapp.com",
  "www.messenger.com",
  "www.facebook.com",
  "discord.com",
  "www.linkedin.com",
  "teams.microsoft.com",
  "teams.live.com",
  "web.telegram.org",
  "x.com",
  "www.instagram.com",
] as const;

/** The key a site's setting is stored under: its origin ("https://app.slack.com"), or null for pages that have none. */
export function siteKey(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
    return parsed.origin;
  } catch {
    return null;
  }
}

export function isDefaultSite(origin: string): boolean {
  try {
    const url = new URL(origin);
    // Only a bare origin: "https://app.slack.com/x" must not pass for the site's own key.
    return url.origin === origin && url.protocol === "https:" && (DEFAULT_SITE_HOSTS as readonly string[]).includes(url.host);
  } catch {
    return false;
  }
}

/** Whether Receptive runs on `origin`, given the person's per-site choices. */
export function isSiteOn(origin: string, sites: Readonly<Record<string, boolean>>): boolean {
  return Object.hasOwn(sites, origin) ? sites[origin] === true : isDefaultSite(origin);
}
