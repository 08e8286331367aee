/**
 * Reads the README's GraphQL examples and the conventions they follow (see the README's "Guided tour"):
 *   # as PHONE / PASSWORD   or   # as anyone
 *   # keep NAME = PATH
 *   # expect PATH = VALUE
 * and `<NAME>` placeholders for values kept by earlier steps (`<tomorrow>`: tomorrow's date in China time).
 */

export interface TourStep {
  /** 1-based position among the README's graphql blocks, and the line the block starts on, for messages. */
  index: number;
  line: number;
  as: { phone: string; password: string } | null;
  keeps: Array<{ name: string; path: string }>;
  expects: Array<{ path: string; value: string }>;
  query: string;
}

const BLOCK = /^```graphql\n([\s\S]*?)^```$/gm;

export function tourSteps(markdown: string): TourStep[] {
  const steps: TourStep[] = [];
  for (const match of markdown.matchAll(BLOCK)) {
    const text = match[1];
    const line = markdown.slice(0, match.index).split('\n').length;
    const index = steps.length + 1;
    let as: TourStep['as'] | undefined;
    const keeps: TourStep['keeps'] = [];
    const expects: TourStep['expects'] = [];
    for (const raw of text.split('\n')) {
      const comment = /^#\s*(.*)$/.exec(raw.trim());
      if (!comment) continue;
      const body = comment[1];
      let m: RegExpExecArray | null;
      if ((m = /^as anyone\b/.exec(body))) as = null;
      else if ((m = /^as (\S+) \/ (\S+)/.exec(body))) as = { phone: m[1], password: m[2] };
      else if ((m = /^keep (\w+) = (\S+)$/.exec(body))) keeps.push({ name: m[1], path: m[2] });
      else if ((m = /^expect (\S+) = (.+)$/.exec(body))) expects.push({ path: m[1], value: m[2].trim() });
      else throw new Error(`README example ${index} (line ${line}): a comment the tour does not understand: "# ${body}"`);
    }
    if (as === undefined) throw new Error(`README example ${index} (line ${line}) does not say who runs it (# as PHONE / PASSWORD, or # as anyone)`);
    steps.push({ index, line, as, keeps, expects, query: text });
  }
  return steps;
}

/** The value at a path such as `a.b[0].c` or `capacity[category=NURSING].version`; undefined when it is not there. */
export function valueAt(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const part of path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? []) {
    if (current == null) return undefined;
    if (part.startsWith('[')) {
      const inner = part.slice(1, -1);
      if (!Array.isArray(current)) return undefined;
      const find = /^(\w+)=(.*)$/.exec(inner);
      current = find ? current.find((item) => String((item as Record<string, unknown>)?.[find[1]]) === find[2]) : current[Number(inner)];
    } else {
      current = (current as Record<string, unknown>)[part];
    }
  }
  return current;
}

/** An expected value as written after `=`: JSON when it parses (numbers, [], true, "x"), else the bare text. */
export function expectedValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Replaces each `<name>` with the kept value; names nobody kept are reported, never sent as they are. */
export function substitute(query: string, kept: Record<string, string>, step: TourStep): string {
  return query.replace(/<(\w+)>/g, (_whole, name: string) => {
    if (!(name in kept)) throw new Error(`README example ${step.index} (line ${step.line}) uses <${name}>, which no earlier example keeps`);
    return kept[name];
  });
}

/** Tomorrow's date in China time (UTC+8, no daylight saving), YYYY-MM-DD. */
export function tomorrowInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
}
