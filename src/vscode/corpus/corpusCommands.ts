import * as vscode from 'vscode';
import { claimsAbout, corpusSpeakers } from '../../presentation/corpus/speakers';
import { lineAt } from '../../presentation/corpus/article';
import type { Ref } from '../../presentation/corpus/shareOfVoice';
import { claimLabel } from '../../presentation/claimsModel';
import { countLabel } from '../../presentation/speakersModel';
import { showRange } from '../commands/navigation';
import type { WorkspaceIndex } from './workspaceIndex';

interface RefItem extends vscode.QuickPickItem {
  ref: Ref;
}

/**
 * The Corpus view's commands: open a claim of any article, "who said what about X", rebuild the index, and the
 * list of claims behind a share-of-voice bar.
 */
export class CorpusCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly index: WorkspaceIndex) {
    this.disposables = [
      vscode.commands.registerCommand('newsAnnotator.openCorpusClaim', (uri: string, start: number, end: number) => openAt(uri, start, end, false)),
      vscode.commands.registerCommand('newsAnnotator.searchCorpus', (query?: string) => this.search(query)),
      vscode.commands.registerCommand('newsAnnotator.refreshCorpus', () => this.refresh()),
      vscode.commands.registerCommand('newsAnnotator.openRefs', (title: string, refs: Ref[]) => openRefs(title, refs)),
    ];
  }

  private async refresh(): Promise<void> {
    this.index.start();
    await this.index.rescan();
    await this.index.ready();
  }

  /**
   * Who said what about X: the claims of every article whose content mentions X, in a quick pick that previews
   * each in the editor as it is highlighted. `query` skips the input box (tests, keybindings).
   */
  private async search(query?: string): Promise<Ref[] | undefined> {
    const wanted = query ?? (await vscode.window.showInputBox({
      title: 'Who said what about…',
      prompt: 'Find the quotes and reported claims, in every article of the workspace, that mention these words.',
      placeHolder: 'a name, a place, a topic',
    }));
    if (!wanted?.trim()) return undefined;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'News Annotator: indexing articles' }, () => this.index.ready());
    const found = claimsAbout(corpusSpeakers(this.index.all(), this.index.people), wanted);
    const refs = found.map(({ speaker, article, claim }) => ({
      uri: article.uri,
      path: article.path,
      line: lineAt(article, claim.start),
      start: claim.start,
      end: claim.end,
      who: speaker.name,
      what: claimLabel(claim, 200),
    }));
    if (!refs.length) {
      void vscode.window.showInformationMessage(`News Annotator: no claim in the ${countLabel(this.index.all().length, 'article')} mentions “${wanted}”.`);
      return refs;
    }
    await openRefs(`Who said what about “${wanted}” (${countLabel(refs.length, 'claim')})`, refs);
    return refs;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

async function openAt(uri: string, start: number, end: number, preserveFocus: boolean): Promise<void> {
  try {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    // The index may be older than the file on disk: never select past its end.
    const length = document.getText().length;
    await showRange(document, document.version, Math.min(start, length), Math.min(end, length), preserveFocus);
  } catch (e) {
    void vscode.window.showWarningMessage(`News Annotator: could not open ${uri}: ${(e as Error).message}`);
  }
}

/**
 * Claims (or mentions) in a quick pick; the highlighted one is previewed in the editor, the chosen one opened.
 * A single claim opens at once.
 */
export async function openRefs(title: string, refs: readonly Ref[]): Promise<void> {
  if (refs.length === 1) return openAt(refs[0].uri, refs[0].start, refs[0].end, false);
  if (!refs.length) return;
  const pick = vscode.window.createQuickPick<RefItem>();
  pick.title = title;
  pick.placeholder = 'Type to filter by speaker, words or file';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = refs.map((ref) => ({ label: ref.who, description: `${ref.path}:${ref.line}`, detail: ref.what, ref }));
  const chosen = await new Promise<RefItem | undefined>((resolve) => {
    pick.onDidChangeActive(([item]) => {
      if (item) void openAt(item.ref.uri, item.ref.start, item.ref.end, true);
    });
    pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (chosen) await openAt(chosen.ref.uri, chosen.ref.start, chosen.ref.end, false);
}
