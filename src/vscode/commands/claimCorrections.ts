import * as vscode from 'vscode';
import type { Analysis, Claim, ClaimKind, EntityType } from '../../engine/types';
import type { AnalysisStore } from '../documents/analysisStore';
import type { CorrectionsStore } from '../documents/correctionsStore';
import { anchorOf } from '../../corrections/anchor';
import type { SpeakerChoice } from '../../corrections/decisions';
import { kindOfSelection } from '../../corrections/kindOf';
import { nextUnreviewed } from '../../corrections/review';
import { claimLabel } from '../../presentation/claimsModel';
import { showRange } from './navigation';
import { nothingHere, placeOf } from './correctionTargets';
import { CLAIM_KINDS } from '../views/speakersTree';
import { ENTITY_ICONS } from '../views/entitiesTree';

/** Entity types a claim can be attributed to, in the order the speaker pick lists them. */
const SPEAKER_TYPES: EntityType[] = ['person', 'organization', 'place', 'handle'];

/**
 * The claim corrections: reassign the speaker, not a claim, add a claim, change its kind or span, accept;
 * Next Unreviewed and Undo Correction for keyboard-first review. Each command acts on the claim of the view
 * node it is run from, else the one under the cursor; a second argument skips its question (for scripts and
 * tests).
 */
export class ClaimCorrections implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: AnalysisStore,
    private readonly corrections: CorrectionsStore,
  ) {
    const register = (name: string, run: (node?: unknown, value?: unknown) => Promise<unknown>) =>
      vscode.commands.registerCommand(`newsAnnotator.${name}`, run);
    this.disposables = [
      register('reassignSpeaker', (node, choice) => this.reassign(node, choice as SpeakerChoice | undefined)),
      register('markNotClaim', (node) => this.onClaim(node, () => ({ action: 'rejectClaim' }), 'marked not a claim')),
      register('acceptClaim', (node) => this.onClaim(node, () => ({ action: 'acceptClaim' }), 'accepted')),
      register('setClaimKind', (node, kind) => this.setKind(node, kind as ClaimKind | undefined)),
      register('setClaimSpan', (node) => this.setSpan(node)),
      register('addClaim', (node, choice) => this.addClaim(node, choice as SpeakerChoice | undefined)),
      register('nextUnreviewed', () => this.next()),
      register('undoCorrection', () => this.undo()),
    ];
  }

  private async onClaim(node: unknown, body: () => { action: 'rejectClaim' | 'acceptClaim' }, done: string): Promise<boolean> {
    const place = await placeOf(this.store, node);
    if (!place) return false;
    if (!place.claim) return !!nothingHere('a quote or claim');
    const ok = await this.corrections.add(place.document, body(), place.claim);
    if (ok) vscode.window.setStatusBarMessage(`News Annotator: ${done}: ${claimLabel(place.claim, 60)}`, 3000);
    return ok;
  }

  private async reassign(node: unknown, given?: SpeakerChoice): Promise<boolean> {
    const place = await placeOf(this.store, node);
    if (!place) return false;
    if (!place.claim) return !!nothingHere('a quote or claim');
    const choice = given ?? (await pickSpeaker(place.analysis, place.claim));
    if (!choice) return false;
    return this.corrections.add(place.document, { action: 'reassignSpeaker', speaker: choice }, place.claim);
  }

  private async setKind(node: unknown, given?: ClaimKind): Promise<boolean> {
    const place = await placeOf(this.store, node);
    if (!place) return false;
    if (!place.claim) return !!nothingHere('a quote or claim');
    const current = place.claim.kind;
    const kind = given ?? (await vscode.window.showQuickPick(
      (Object.keys(CLAIM_KINDS) as ClaimKind[]).map((k) => ({ label: CLAIM_KINDS[k].noun, description: k === current ? 'now' : undefined, iconPath: new vscode.ThemeIcon(CLAIM_KINDS[k].icon), claimKind: k })),
      { placeHolder: `Kind of “${claimLabel(place.claim, 50)}”` },
    ))?.claimKind;
    if (!kind || kind === current) return false;
    return this.corrections.add(place.document, { action: 'setClaimKind', kind }, place.claim);
  }

  private async setSpan(node: unknown): Promise<boolean> {
    const place = await placeOf(this.store, node);
    if (!place) return false;
    if (!place.claim || !place.selection) return !!nothingHere('a claim, selecting its content,');
    const span = anchorOf(place.document.getText(), place.selection);
    return this.corrections.add(place.document, { action: 'setClaimSpan', span }, place.claim);
  }

  private async addClaim(node: unknown, given?: SpeakerChoice): Promise<boolean> {
    const place = await placeOf(this.store, node);
    if (!place) return false;
    if (!place.selection) return !!nothingHere('the article, selecting the claim\'s words,');
    const text = place.document.getText(new vscode.Range(place.document.positionAt(place.selection.start), place.document.positionAt(place.selection.end)));
    const kind = kindOfSelection(text);
    const speaker = given ?? (await pickSpeaker(place.analysis));
    return this.corrections.add(place.document, { action: 'addClaim', kind, ...(speaker ? { speaker } : {}) }, place.selection);
  }

  private async next(): Promise<Claim | undefined> {
    const editor = vscode.window.activeTextEditor;
    const place = await placeOf(this.store, undefined);
    if (!place) return undefined;
    const offset = editor?.document === place.document ? place.document.offsetAt(editor.selection.end) : -1;
    const claim = nextUnreviewed(place.analysis.claims, offset);
    if (!claim) {
      vscode.window.setStatusBarMessage('News Annotator: every claim in this article is reviewed', 4000);
      return undefined;
    }
    await showRange(place.document, place.version, claim.start, claim.end, false);
    return claim;
  }

  private async undo(): Promise<boolean> {
    const place = await placeOf(this.store, undefined);
    if (!place) return false;
    const undone = this.corrections.undo(place.document);
    vscode.window.setStatusBarMessage(undone ? 'News Annotator: correction undone' : 'News Annotator: no correction to undo', 3000);
    return undone;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Who said it: an entity of the article, a new named speaker, or an unnamed source as written. */
async function pickSpeaker(analysis: Analysis, claim?: Claim): Promise<SpeakerChoice | undefined> {
  type Item = vscode.QuickPickItem & { choice?: SpeakerChoice; ask?: 'named' | 'unnamed' };
  const current = claim?.speaker?.entityId;
  const entities = analysis.entities
    .filter((e) => SPEAKER_TYPES.includes(e.type))
    .sort((a, b) => SPEAKER_TYPES.indexOf(a.type) - SPEAKER_TYPES.indexOf(b.type) || a.name.localeCompare(b.name));
  const items: Item[] = [
    ...entities.map((e) => ({
      label: e.name,
      description: e.id === current ? `${e.type} · now` : e.type,
      iconPath: new vscode.ThemeIcon(ENTITY_ICONS[e.type]),
      choice: { entityId: e.id, name: e.name },
    })),
    { label: 'New named speaker…', iconPath: new vscode.ThemeIcon('add'), ask: 'named' },
    { label: 'Unnamed source, as written…', description: 'e.g. a campaign aide', iconPath: new vscode.ThemeIcon('account'), ask: 'unnamed' },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: claim ? `Who said “${claimLabel(claim, 50)}”?` : 'Who said it? (Escape: nobody yet)' });
  if (!picked) return undefined;
  if (picked.choice) return picked.choice;
  const name = await vscode.window.showInputBox({
    prompt: picked.ask === 'named' ? 'The speaker\'s name' : 'The source as the article describes it',
    placeHolder: picked.ask === 'named' ? 'Maria Lopez' : 'a campaign aide',
    validateInput: (v) => (v.trim() ? undefined : 'Type a name or description'),
  });
  return name?.trim() ? { entityId: null, name: name.trim() } : undefined;
}
