/**
 * Define a custom element unless the tag is taken. Loading the script twice, loading both
 * builds, or a host that defined the tag first must not throw.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, ctor);
}
