/** `orgs` → `Org`, `unitRegistrations` → `UnitRegistration`, `wishes` → `Wish`: an entity's component name. */
export function entityComponentName(collection: string): string {
  const singular = /ies$/.test(collection)
    ? collection.replace(/ies$/, 'y')
    : /(ss|x|ch|sh|us)es$/.test(collection)
      ? collection.replace(/es$/, '')
      : collection.replace(/s$/, '');
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}

/** `org.move` → `OrgMoveCommand`: a command body's component name. */
export function commandComponentName(type: string): string {
  const words = type.split('.').map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `${words.join('')}Command`;
}
