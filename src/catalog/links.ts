/** Site-relative path → URL under `base`, so the site works under a sub-path too. */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/** Site-relative path → URL under the base the site is being built for. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
