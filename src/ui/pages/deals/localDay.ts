/** The user's calendar day as YYYY-MM-DD, comparable with `date` fields such as expectedClose. */
export function localDay(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
