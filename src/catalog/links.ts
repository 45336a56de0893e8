/** Site-relative path → URL under the configured base, so the site works under a sub-path too. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return `${base}${path.replace(/^\//, '')}`;
}

export const factorAnchor = (factorId: string) => `factor-${factorId}`;
export const layerAnchor = (layerId: string) => `layer-${layerId}`;
