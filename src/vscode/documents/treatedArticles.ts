import * as vscode from 'vscode';

/** Workspace-state key of the remembered rules. */
const STATE_KEY = 'newsAnnotator.treatedAsArticles';

/**
 * What "Treat as Article" remembers, as plain data for workspace state: one file, or every file matching a glob
 * pattern (relative to `base`, a folder URI, when given; a folder is `**` under it).
 */
export type TreatRule = { file: string } | { pattern: string; base?: string };

/**
 * The files and patterns the user chose to treat as articles in this workspace, kept in workspace state so the
 * choice outlives closing the file and the window. Matching a pattern is VS Code's own (`languages.match`
 * with a document filter), so globs mean what they mean in `files.exclude` or a search.
 */
export class TreatedArticles {
  constructor(private readonly state: vscode.Memento) {}

  get rules(): readonly TreatRule[] {
    return this.state.get<TreatRule[]>(STATE_KEY, []);
  }

  /** The rules that make a document an article. */
  matching(document: vscode.TextDocument): TreatRule[] {
    return this.rules.filter((rule) => ruleMatches(rule, document));
  }

  async add(rule: TreatRule): Promise<void> {
    if (this.rules.some((r) => sameRule(r, rule))) return;
    await this.state.update(STATE_KEY, [...this.rules, rule]);
  }

  /** Forgets every rule that makes the document an article; returns them. */
  async removeFor(document: vscode.TextDocument): Promise<TreatRule[]> {
    const rules = this.rules;
    const removed = rules.filter((rule) => ruleMatches(rule, document));
    if (removed.length) await this.state.update(STATE_KEY, rules.filter((r) => !removed.includes(r)));
    return removed;
  }
}

export function ruleMatches(rule: TreatRule, document: vscode.TextDocument): boolean {
  if ('file' in rule) return rule.file === document.uri.toString();
  const pattern = rule.base ? new vscode.RelativePattern(vscode.Uri.parse(rule.base), rule.pattern) : rule.pattern;
  return vscode.languages.match({ pattern }, document) > 0;
}

function sameRule(a: TreatRule, b: TreatRule): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** How a rule reads in a message: the file's name, or the pattern (under its folder). */
export function describeRule(rule: TreatRule): string {
  if ('file' in rule) return vscode.Uri.parse(rule.file).path.split('/').pop() ?? rule.file;
  return rule.base ? `${vscode.workspace.asRelativePath(vscode.Uri.parse(rule.base))}/${rule.pattern}` : rule.pattern;
}
