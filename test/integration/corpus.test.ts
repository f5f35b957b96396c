import * as assert from 'assert';
import * as vscode from 'vscode';
import { anchorOf } from '../../src/corrections/anchor';
import { serializeSidecar } from '../../src/corrections/sidecar';
import { textHash } from '../../src/corrections/textHash';
import type { NewsAnnotatorApi } from '../../src/vscode/api';
import type { CorpusTreeNode } from '../../src/vscode/views/corpusTree';
import { closeAllEditors, editorApi } from './editorFixtures';
import { waitFor, workspaceFile } from './extensionUnderTest';
import { labelOf } from './viewFixtures';

// The workspace is a copy of seeds/: 001 and 007 both quote Agnieszka Małecka and Tomasz Kędzierski.
const MINISTER = 'Agnieszka Małecka';

/** The Corpus view's speaker node named `name`, once the index has it. */
async function speakerNode(api: NewsAnnotatorApi, name: string, articles: number): Promise<CorpusTreeNode & { type: 'speaker' }> {
  await api.corpus.index.ready();
  let found: (CorpusTreeNode & { type: 'speaker' }) | undefined;
  await waitFor(`${name} in ${articles} articles in the Corpus view`, () => {
    found = api.corpus.provider.getChildren().find((n): n is CorpusTreeNode & { type: 'speaker' } => n.type === 'speaker' && n.speaker.name === name);
    return found?.speaker.articles.length === articles;
  }, 30000);
  assert.ok(found);
  return found;
}

describe('corpus: index, Corpus view, share of voice, CSV', () => {
  let api: NewsAnnotatorApi;

  before(async () => {
    api = await editorApi();
    await closeAllEditors();
    await vscode.commands.executeCommand('newsAnnotator.corpus.focus');
  });
  after(closeAllEditors);

  it('shows a speaker quoted in two articles as one node: articles, then claims; a click opens the claim', async function () {
    this.timeout(90000);
    const minister = await speakerNode(api, MINISTER, 2);
    const item = api.corpus.provider.getTreeItem(minister);
    assert.match(String(item.description), /^\d+ claims · 2 articles$/);
    const articles = api.corpus.provider.getChildren(minister);
    assert.deepStrictEqual(articles.map((n) => labelOf(api.corpus.provider.getTreeItem(n))), ['001_warsaw_grain_subsidy.article', '007_lublin_farmers_talks.article']);
    assert.strictEqual(api.corpus.provider.getTreeItem(articles[1]).description, '2024-03-20 · 2 claims');
    const [claim] = api.corpus.provider.getChildren(articles[1]);
    assert.ok(claim.type === 'claim');
    const command = api.corpus.provider.getTreeItem(claim).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith('/007_lublin_farmers_talks.article'));
    assert.strictEqual(editor.document.getText(editor.selection), claim.claim.text);
  });

  it('merges the aliases of .news-annotator/people.json and indexes new files as they appear', async function () {
    this.timeout(90000);
    const people = [{ name: 'Rasmus Bækgaard', aliases: ['Rasmus Baekgaard'], attributes: { role: 'marine biologist' } }];
    await vscode.workspace.fs.writeFile(workspaceFile('.news-annotator/people.json'), new TextEncoder().encode(JSON.stringify(people)));
    await vscode.workspace.fs.writeFile(
      workspaceFile('corpus-alias.article'),
      new TextEncoder().encode('date 2023-09-01\n\n“The fjord is healing faster than we hoped,” Rasmus Baekgaard said on Friday.\n'),
    );
    const rasmus = await speakerNode(api, 'Rasmus Bækgaard', 2);
    assert.deepStrictEqual(rasmus.speaker.articles.map((a) => a.article.path), ['003_copenhagen_eelgrass.article', 'corpus-alias.article']);
    assert.match(String(api.corpus.provider.getTreeItem(rasmus).tooltip), /Also written: Rasmus Baekgaard\nrole: marine biologist/);
  });

  it('indexes an article with the corrections of its sidecar, again when the sidecar changes', async function () {
    this.timeout(90000);
    const text = 'date 2024-06-01\n\n“The harbour will close in winter,” Lena Brandt said.\n';
    const uri = workspaceFile('corpus-corrected.article');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await speakerNode(api, 'Lena Brandt', 1);
    const [claim] = api.corpus.index.get(uri)!.analysis.claims;
    const decision = {
      id: 'd1', action: 'reassignSpeaker' as const, speaker: { entityId: null, name: 'a harbour official' },
      target: anchorOf(text, claim), creator: 'test', created: '2024-06-02T10:00:00Z',
    };
    const sidecar = serializeSidecar({ textHash: textHash(text), decisions: [decision] }, 'corpus-corrected.article');
    await vscode.workspace.fs.writeFile(uri.with({ path: `${uri.path}.annotations.json` }), new TextEncoder().encode(sidecar));
    const official = await speakerNode(api, 'a harbour official', 1);
    assert.deepStrictEqual(official.speaker.articles[0].claims.map((c) => c.text), [claim.text]);
    assert.ok(!api.corpus.provider.speakers.some((s) => s.name === 'Lena Brandt'), 'the machine\'s speaker is gone');
  });

  it('Share of Voice renders its charts in a webview, and a click on a bar opens the claims behind it', async function () {
    this.timeout(90000);
    await closeAllEditors();
    await speakerNode(api, MINISTER, 2);
    await vscode.commands.executeCommand('newsAnnotator.showShareOfVoice', 'corpus');
    await waitFor('the Share of Voice webview to render', () => !!api.shareOfVoice.lastRendered?.charts.some((c) => c.rowLabels.includes(MINISTER)), 60000);
    const rendered = api.shareOfVoice.lastRendered!.charts;
    assert.deepStrictEqual(rendered.map((c) => c.id), ['topSpeakers', 'sourceTypes', 'kindsPerSpeaker', 'overTime', 'quotedVsMentioned', 'statedGender']);
    const top = rendered[0];
    assert.ok(top.canvas, 'a Chart.js canvas');
    assert.ok(top.buttons >= top.rowLabels.length, 'a table button per bar');
    const gender = rendered.find((c) => c.id === 'statedGender');
    assert.deepStrictEqual(gender?.rowLabels, ['Women (she, Mrs., Ms.)', 'Men (he, Mr.)', 'Not stated']);

    const row = top.rowLabels.indexOf(MINISTER);
    const refs = api.shareOfVoice.charts[0].rows[row].cells[0].refs;
    assert.ok(refs.length > 1);
    await api.shareOfVoice.post({ type: 'click', chart: 'topSpeakers', row, series: 0 });
    // Several claims: a quick pick lists them and previews the highlighted one; accept the first.
    await waitFor('the first claim previewed', () => vscode.window.activeTextEditor?.document.uri.toString() === refs[0].uri, 20000);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const editor = vscode.window.activeTextEditor!;
    await waitFor('the claim selected', () => editor.document.offsetAt(editor.selection.start) === refs[0].start);
    assert.strictEqual(editor.document.offsetAt(editor.selection.end), refs[0].end);
  });

  it('Export Corpus as CSV writes one row per claim with its file and date', async function () {
    this.timeout(90000);
    await api.corpus.index.ready();
    const target = workspaceFile('corpus.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('newsAnnotator.exportCorpusCsv', target);
    assert.strictEqual(written?.toString(), target.toString());
    const rows = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)).split('\r\n').filter((r) => r);
    assert.match(rows[0], /^file,date,line,speaker,/);
    const claims = api.corpus.index.all().reduce((n, a) => n + a.analysis.claims.length, 0);
    assert.strictEqual(rows.length - 1, claims);
    assert.ok(rows.some((r) => r.startsWith('007_lublin_farmers_talks.article,2024-03-20,5,Agnieszka Małecka,Małecka,')), rows.join('\n'));
  });
});
