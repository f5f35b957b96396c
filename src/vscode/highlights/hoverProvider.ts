import * as vscode from 'vscode';
import type { AnalysisStore } from '../documents/analysisStore';
import { LANGUAGE_ID } from '../documents/articles';
import { hoverAt, REVEAL_SPEAKER_COMMAND } from '../../presentation/hoverContent';

/** Hovers on entity mentions and quotes of news articles (wording in hoverContent.ts). */
export class ArticleHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly store: AnalysisStore) {
    this.registration = vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, this);
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const version = document.version;
    const analysis = await this.store.getAsync(document);
    if (document.version !== version) return undefined;
    const content = hoverAt(analysis, document.offsetAt(position));
    if (!content) return undefined;
    const markdown = new vscode.MarkdownString(content.markdown);
    // Trusted for the one command its links run, so the link cannot be used to run anything else.
    markdown.isTrusted = { enabledCommands: [REVEAL_SPEAKER_COMMAND] };
    const range = new vscode.Range(document.positionAt(content.span.start), document.positionAt(content.span.end));
    return new vscode.Hover(markdown, range);
  }

  dispose(): void {
    this.registration.dispose();
  }
}
