import * as assert from 'assert';
import * as vscode from 'vscode';
import { extensionUnderTest } from './extensionUnderTest';

interface Contributes {
  commands?: { command: string; title: string; category?: string }[];
  views?: Record<string, { id: string }[]>;
}

describe('commands', () => {
  let contributes: Contributes;
  let registered: Set<string>;

  before(async () => {
    const ext = extensionUnderTest();
    await ext.activate();
    contributes = ext.packageJSON.contributes ?? {};
    registered = new Set(await vscode.commands.getCommands(true));
  });

  it('contributes News commands', () => {
    const commands = contributes.commands ?? [];
    assert.ok(commands.length > 0, 'package.json contributes no commands');
    for (const c of commands) {
      assert.match(c.command, /^newsAnnotator\./, `${c.command} lacks the newsAnnotator. prefix`);
      assert.strictEqual(c.category, 'News', `${c.command} is not in the News category`);
    }
  });

  it('has a handler for every contributed command', () => {
    const missing = (contributes.commands ?? []).map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], 'contributed but not registered');
  });

  it('contributes every newsAnnotator command it registers', () => {
    const contributed = new Set((contributes.commands ?? []).map((c) => c.command));
    // VS Code itself registers `<viewId>.focus` and similar for each contributed view.
    const viewIds = Object.values(contributes.views ?? {}).flat().map((v) => `${v.id}.`);
    const extra = [...registered].filter(
      (id) => id.startsWith('newsAnnotator.') && !contributed.has(id) && !viewIds.some((v) => id.startsWith(v)),
    );
    assert.deepStrictEqual(extra, [], 'registered but not contributed in package.json');
  });
});
