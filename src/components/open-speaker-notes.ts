// Opens the speaker notes page in a new tab, or downloads it where the browser blocks the tab.
import { SPEAKER_NOTES_CSS } from '../lib/briefing-notes';

export function openSpeakerNotes(html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  // Not 'noopener': with it open() returns null even when the tab opened, and the file downloaded too.
  const opened = window.open(url, '_blank');
  if (opened) {
    opened.opener = null;
    // The blob page inherits the page's policy: a strict style-src blocks its <style>, not the CSSOM.
    opened.addEventListener('load', () => {
      const sheet = new (opened as typeof window).CSSStyleSheet();
      sheet.replaceSync(SPEAKER_NOTES_CSS);
      opened.document.adoptedStyleSheets = [sheet];
    });
  } else {
    const a = document.createElement('a');
    a.href = url;
    a.download = 'speaker-notes.html';
    a.click();
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
