import * as vscode from 'vscode';
import type { CorrectionsStore } from '../documents/correctionsStore';
import { articleDocument, editorOf } from '../documents/currentArticle';
import { oneLine } from '../../formats/report';
import type { OrphanNode } from '../views/orphansTree';

type OrphanAction = 'reattach' | 'drop';

/**
 * News: Orphaned Corrections…: decisions whose text was lost when the article changed, kept until the person
 * re-attaches one to the selected words or drops it. Arguments (decision id, action) skip the questions; the
 * Orphaned Corrections view's Re-attach and Drop run it on their item.
 */
export class OrphanCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly corrections: CorrectionsStore) {
    this.disposables = [
      vscode.commands.registerCommand('newsAnnotator.reviewOrphans', (id?: string, action?: OrphanAction) => this.review(id, action)),
      vscode.commands.registerCommand('newsAnnotator.reattachOrphan', (node?: OrphanNode) => this.review(node?.decision.id, 'reattach', node?.document)),
      vscode.commands.registerCommand('newsAnnotator.dropOrphan', (node?: OrphanNode) => this.review(node?.decision.id, 'drop', node?.document)),
    ];
  }

  private async review(givenId?: string, givenAction?: OrphanAction, given?: vscode.TextDocument): Promise<boolean> {
    const document = given ?? articleDocument();
    if (!document) {
      void vscode.window.showInformationMessage('News Annotator: open a news article first.');
      return false;
    }
    const orphans = this.corrections.orphans(document);
    if (!orphans.length) {
      void vscode.window.showInformationMessage('News Annotator: every correction of this article finds its text.');
      return false;
    }
    const orphan = givenId !== undefined
      ? orphans.find((d) => d.id === givenId)
      : (await vscode.window.showQuickPick(
          orphans.map((d) => ({ label: `“${oneLine(d.target.exact, 70)}”`, description: d.action, detail: `${d.creator}, ${d.created}`, decision: d })),
          { placeHolder: 'Corrections whose text is no longer in the article' },
        ))?.decision;
    if (!orphan) return false;
    const editor = editorOf(document);
    const selection = editor && !editor.selection.isEmpty ? editor.selection : undefined;
    const action = givenAction ?? (await vscode.window.showQuickPick(
      [
        { label: 'Re-attach to the selected words', description: selection ? undefined : 'select them in the editor first', action: 'reattach' as const },
        { label: 'Drop this correction', action: 'drop' as const },
      ],
      { placeHolder: `“${oneLine(orphan.target.exact, 60)}” (${orphan.action})` },
    ))?.action;
    if (action === 'drop') {
      this.corrections.drop(document, orphan.id);
      return true;
    }
    if (action === 'reattach' && selection) {
      this.corrections.reattach(document, orphan.id, { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) });
      return true;
    }
    if (action === 'reattach') void vscode.window.showInformationMessage('News Annotator: select the words to attach the correction to, then run the command again.');
    return false;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
