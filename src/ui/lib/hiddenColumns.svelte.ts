/** The columns this device hides on one list (kept across reloads; a saved view sets them too). */
export function hiddenColumns(list: string) {
  const key = `kith.${list}.hiddenColumns`;
  let hidden = $state(new Set<string>(read()));
  function read(): string[] {
    try {
      const v: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [];
    } catch {
      return [];
    }
  }
  return {
    get value(): ReadonlySet<string> {
      return hidden;
    },
    set(next: Set<string>) {
      hidden = next;
      localStorage.setItem(key, JSON.stringify([...next]));
    },
  };
}
