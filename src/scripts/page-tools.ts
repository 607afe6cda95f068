/**
 * Guide and scam pages: "Listen" (Web Speech API with a voice of the
 * device, only shown when one exists for the content's language; nothing
 * goes to an online service) and "Share" (the Web Share API, else copy the
 * link), and the WhatsApp link built from the page's own address. Plain
 * DOM code: these pages carry no UI framework, to stay small.
 */
import { shareableUrl, whatsappShare } from '../lib/web/share.ts';

/** A local voice for `lang` ("es" matches "es-MX"), or null. */
function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const local = voices.filter((v) => v.localService !== false);
  return local.find((v) => v.lang.toLowerCase() === lang) ?? local.find((v) => v.lang.toLowerCase().startsWith(`${lang}-`)) ?? null;
}

const tools = document.querySelector<HTMLElement>('.page-tools');
if (tools) {
  const q = <T extends HTMLElement>(sel: string) => tools.querySelector<T>(sel);
  const listen = q<HTMLButtonElement>('[data-read="listen"]');
  const pause = q<HTMLButtonElement>('[data-read="pause"]');
  const resume = q<HTMLButtonElement>('[data-read="resume"]');
  const stop = q<HTMLButtonElement>('[data-read="stop"]');
  const show = (state: 'idle' | 'speaking' | 'paused') => {
    if (listen) listen.hidden = state !== 'idle';
    if (pause) pause.hidden = state !== 'speaking';
    if (resume) resume.hidden = state !== 'paused';
    if (stop) stop.hidden = state === 'idle';
  };

  if ('speechSynthesis' in window && listen) {
    const lang = tools.dataset.lang ?? document.documentElement.lang;
    let voice: SpeechSynthesisVoice | null = null;
    const pick = () => {
      voice = voiceFor(speechSynthesis.getVoices(), lang);
      if (voice && pause?.hidden && resume?.hidden) show('idle');
    };
    pick();
    speechSynthesis.addEventListener('voiceschanged', pick);
    listen.addEventListener('click', () => {
      const text = document.querySelector<HTMLElement>('article .prose')?.innerText;
      if (!voice || !text) return;
      speechSynthesis.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.lang = voice.lang;
      try {
        u.voice = voice;
      } catch {
        /* some engines only take the language */
      }
      u.onend = () => show('idle');
      speechSynthesis.speak(u);
      show('speaking');
    });
    pause?.addEventListener('click', () => (speechSynthesis.pause(), show('paused')));
    resume?.addEventListener('click', () => (speechSynthesis.resume(), show('speaking')));
    stop?.addEventListener('click', () => (speechSynthesis.cancel(), show('idle')));
    addEventListener('pagehide', () => speechSynthesis.cancel());
  }

  // Share the address this page was opened at (the public site, a mirror or a shelter's copy).
  const whatsapp = q<HTMLAnchorElement>('[data-share-whatsapp]');
  if (whatsapp) {
    whatsapp.href = whatsappShare(whatsapp.dataset.shareWhatsapp ?? document.title, shareableUrl(location.href));
  }

  const share = q<HTMLButtonElement>('[data-share]');
  const status = q<HTMLElement>('[data-share-status]');
  if (share) {
    const canShare = 'share' in navigator;
    share.textContent = canShare ? (share.dataset.share ?? '') : (share.dataset.copy ?? '');
    share.hidden = false;
    share.addEventListener('click', async () => {
      const url = shareableUrl(location.href);
      if (canShare) {
        try {
          await navigator.share({ title: document.title, url });
          return;
        } catch {
          /* cancelled or not allowed: copy instead */
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = share.dataset.copied ?? '';
      } catch {
        prompt(share.dataset.copy, url);
      }
    });
  }
}
