import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type CssProperties = Readonly<Record<`--${string}`, string | number>>;

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), on every
 * render including the first.
 *
 * Why not `styleMap`: its first render writes a `style` *attribute*, and portals run a strict CSP
 * (`style-src` without 'unsafe-inline') that blocks style attributes. CSSOM writes are allowed.
 * Only custom properties are accepted: the stylesheet decides what they mean, so a value can
 * never inject a declaration.
 *
 * @example html`<div class="row" ${cssProperties({ '--_dj-index': 12 })}></div>`
 */
class CssPropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs on an element, not in an attribute');
  }

  render(_properties: CssProperties): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [CssProperties]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, String(value));
    this.#previous = new Set(Object.keys(properties));
    return nothing;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
