/** `orgs` → `Org`, `unitRegistrations` → `UnitRegistration`, `wishes` → `Wish`: an entity's component name. */
export function entityComponentName(collection: string): string {
  const singular = /ies$/.test(collection)
    ? collection.replace(/ies$/, 'y')
    : /(ss|x|ch|sh|us)es$/.test(collection)
      ? collection.replace(/es$/, '')
      : collection.replace(/s$/, '');
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}
