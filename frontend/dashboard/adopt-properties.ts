// Flow may set an element's properties before its class is defined; they then sit on the instance and hide the
// class's setters. Called from connectedCallback, this re-applies them through the setters.
export function adoptProperties(element: HTMLElement, names: readonly string[]): void {
  const own = element as unknown as Record<string, unknown>;
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(element, name)) {
      const value = own[name];
      delete own[name];
      own[name] = value;
    }
  }
}
